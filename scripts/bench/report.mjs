// The bench's tables: what each page costs and scores, ours beside the bare template's.
import {CATEGORIES} from './lighthouse.mjs';
import {BARE_PAGES, OUR_PAGES, barePageLike} from './pages.mjs';
import {formatBytes, formatRatio, formatScore, formatTable} from './table.mjs';

/** @typedef {Record<string, {js: number, css: number}>} BytesByPath */
/** @typedef {Record<string, import('./lighthouse.mjs').Scores | null>} ScoresByPath */
/** @typedef {{preset: string, ours: ScoresByPath, bare: ScoresByPath | null}} PresetScores */

/**
 * @param {BytesByPath} ours
 * @param {BytesByPath | null} bare null when the bare site could not be set up
 * @returns {string}
 */
export function bytesTable(ours, bare) {
  const rows = OUR_PAGES.map((page) => {
    const barePage = barePageLike(page);
    const own = ours[page.path];
    const theirs = bare?.[barePage.path];
    return [
      page.name,
      page.path,
      barePage.path,
      formatBytes(own.js),
      formatBytes(theirs?.js),
      formatRatio(own.js, theirs?.js),
      formatBytes(own.css),
      formatBytes(theirs?.css),
      formatRatio(own.css, theirs?.css),
    ];
  });
  /** @type {import('./table.mjs').Column[]} */
  const columns = [
    {title: 'page'},
    {title: 'path'},
    {title: 'bare path'},
    {title: 'JS ours', numeric: true},
    {title: 'JS bare', numeric: true},
    {title: 'JS ours/bare', numeric: true},
    {title: 'CSS ours', numeric: true},
    {title: 'CSS bare', numeric: true},
    {title: 'CSS ours/bare', numeric: true},
  ];
  return `JS and CSS the browser loads per page (gzip -9 bytes)\n${formatTable(columns, rows)}`;
}

/**
 * @param {PresetScores} scores
 * @param {number} runs
 * @returns {string}
 */
export function lighthouseTable({preset, ours, bare}, runs) {
  const categoryCells = (/** @type {import('./lighthouse.mjs').Scores | null | undefined} */ scores) =>
    CATEGORIES.map((id) => formatScore(scores?.[id]));
  const ourRows = OUR_PAGES.map((page) => {
    const barePage = barePageLike(page);
    const perfRatio = formatRatio(ours[page.path]?.performance, bare?.[barePage.path]?.performance);
    return ['ours', page.name, page.path, ...categoryCells(ours[page.path]), perfRatio, barePage.path];
  });
  const bareRows = BARE_PAGES.map((page) => [
    'bare',
    page.name,
    page.path,
    ...categoryCells(bare?.[page.path]),
    '',
    '',
  ]);
  /** @type {import('./table.mjs').Column[]} */
  const columns = [
    {title: 'site'},
    {title: 'page'},
    {title: 'path'},
    ...CATEGORIES.map((id) => ({title: id, numeric: true})),
    {title: 'perf ours/bare', numeric: true},
    {title: 'vs bare path'},
  ];
  const runsNote = runs === 1 ? '1 run per page' : `median of ${runs} runs per page`;
  return `Lighthouse ${preset} (scores 0.00–1.00, ${runsNote})\n${formatTable(columns, [...ourRows, ...bareRows])}`;
}
