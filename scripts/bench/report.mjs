// The bench's tables: what each page costs and scores, ours beside the bare template's.
import {CATEGORIES} from './lighthouseResult.mjs';
import {BARE_PAGES, barePageLike} from './pages.mjs';
import {formatBytes, formatMs, formatMsDifference, formatRatio, formatScore, formatTable} from './table.mjs';

/** @typedef {import('./pages.mjs').BenchPage} BenchPage */
/** @typedef {import('./lighthouseResult.mjs').PageResult} PageResult */
/** @typedef {Record<string, {js: number, css: number}>} BytesByPath */
/** @typedef {Record<string, PageResult | null>} ResultsByPath */
/** @typedef {{preset: string, ours: ResultsByPath, bare: ResultsByPath | null}} PresetResults */

/**
 * @param {BenchPage[]} pages our pages, in the order shown
 * @param {BytesByPath} ours
 * @param {BytesByPath | null} bare null when the bare site could not be set up
 * @returns {string}
 */
export function bytesTable(pages, ours, bare) {
  const rows = pages.map((page) => {
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
 * A page's scores and what its start costs: total blocking time, largest contentful paint, script evaluation.
 * @param {PageResult | null | undefined} result
 * @returns {string[]}
 */
const resultCells = (result) => [
  ...CATEGORIES.map((id) => formatScore(result?.scores[id])),
  formatMs(result?.metrics.tbt),
  formatMs(result?.metrics.lcp),
  formatMs(result?.metrics.scriptEvaluation),
];

/**
 * @param {BenchPage[]} pages our pages, in the order shown
 * @param {PresetResults} results
 * @param {number} runs
 * @returns {string}
 */
export function lighthouseTable(pages, {preset, ours, bare}, runs) {
  const ourRows = pages.map((page) => {
    const barePage = barePageLike(page);
    const own = ours[page.path];
    const theirs = bare?.[barePage.path];
    return [
      'ours',
      page.name,
      page.path,
      ...resultCells(own),
      formatRatio(own?.scores.performance, theirs?.scores.performance),
      formatMsDifference(own?.metrics.tbt, theirs?.metrics.tbt),
      barePage.path,
    ];
  });
  const bareRows = BARE_PAGES.map((page) => [
    'bare',
    page.name,
    page.path,
    ...resultCells(bare?.[page.path]),
    '',
    '',
    '',
  ]);
  /** @type {import('./table.mjs').Column[]} */
  const columns = [
    {title: 'site'},
    {title: 'page'},
    {title: 'path'},
    ...CATEGORIES.map((id) => ({title: id, numeric: true})),
    {title: 'TBT', numeric: true},
    {title: 'LCP', numeric: true},
    {title: 'script eval', numeric: true},
    {title: 'perf ours/bare', numeric: true},
    {title: 'TBT − bare', numeric: true},
    {title: 'vs bare path'},
  ];
  const runsNote = runs === 1 ? '1 run per page' : `median of ${runs} runs per page`;
  return (
    `Lighthouse ${preset} (scores 0.00–1.00; total blocking time, largest contentful paint and main-thread script ` +
    `evaluation in ms; ${runsNote})\n${formatTable(columns, [...ourRows, ...bareRows])}`
  );
}
