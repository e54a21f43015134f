// Plain-text tables for the bench output, readable in a terminal and in CI logs.

/**
 * Numeric columns are right-aligned so their digits line up.
 * @typedef {{title: string, numeric?: boolean}} Column
 */

/**
 * @param {Column[]} columns
 * @param {string[][]} rows
 * @returns {string}
 */
export function formatTable(columns, rows) {
  const widths = columns.map((column, i) => Math.max(column.title.length, ...rows.map((row) => row[i].length)));
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, i) => (columns[i].numeric ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}

/**
 * @param {number | null | undefined} numerator
 * @param {number | null | undefined} denominator
 * @returns {string}
 */
export function formatRatio(numerator, denominator) {
  if (numerator == null || !denominator) return 'n/a';
  return (numerator / denominator).toFixed(2);
}

/**
 * A Lighthouse category score (0–1), or why there is none.
 * @param {number | null | undefined} score
 * @returns {string}
 */
export function formatScore(score) {
  return score == null ? 'n/a' : score.toFixed(2);
}

/**
 * @param {number | null | undefined} bytes
 * @returns {string}
 */
export function formatBytes(bytes) {
  return bytes == null ? 'n/a' : String(bytes);
}

/**
 * @param {number | null | undefined} ms
 * @returns {string}
 */
export function formatMs(ms) {
  return ms == null ? 'n/a' : `${Math.round(ms)} ms`;
}

/**
 * How many milliseconds ours takes more (+) or less (−) than the bare page.
 * @param {number | null | undefined} ours
 * @param {number | null | undefined} bare
 * @returns {string}
 */
export function formatMsDifference(ours, bare) {
  if (ours == null || bare == null) return 'n/a';
  const difference = Math.round(ours - bare);
  return `${difference > 0 ? '+' : difference < 0 ? '−' : '±'}${Math.abs(difference)} ms`;
}
