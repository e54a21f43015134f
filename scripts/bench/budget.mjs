// The targets the site is held to, stated beside the figures. The bench
// reports them; it never fails on them, because one noisy Lighthouse run on a
// small machine should not break anyone's build.
import {OUR_CONTENT_PAGE, barePageLike} from './pages.mjs';
import {formatBytes, formatMs, formatRatio, formatScore, formatTable} from './table.mjs';

const MOBILE_PERFORMANCE_MIN = 0.95;
/** How much longer than the bare page of its kind a page may block the main thread on a phone. */
const MOBILE_TBT_MAX_ABOVE_BARE_MS = 100;
const DESKTOP_PERFORMANCE = 1;
const CONTENT_JS_MAX_RATIO = 1.2;

/** @typedef {import('./pages.mjs').BenchPage} BenchPage */
/** @typedef {import('./report.mjs').PresetResults} PresetResults */
/** @typedef {import('./report.mjs').BytesByPath} BytesByPath */

/**
 * @param {boolean | null} met null when a figure is missing
 * @returns {string}
 */
const verdict = (met) => (met == null ? 'n/a' : met ? 'yes' : 'no');

/**
 * @param {BenchPage[]} pages
 * @param {PresetResults} mobile
 * @returns {string[][]}
 */
function mobilePerformanceRows(pages, mobile) {
  return pages.flatMap((page) => {
    const bare = barePageLike(page);
    const score = mobile.ours[page.path]?.scores.performance;
    const bareScore = mobile.bare?.[bare.path]?.scores.performance;
    const tbt = mobile.ours[page.path]?.metrics.tbt;
    const bareTbt = mobile.bare?.[bare.path]?.metrics.tbt;
    const atLeast = score == null ? null : score >= MOBILE_PERFORMANCE_MIN;
    const asBare = score == null || bareScore == null ? null : score >= bareScore;
    const blocking = tbt == null || bareTbt == null ? null : tbt <= bareTbt + MOBILE_TBT_MAX_ABOVE_BARE_MS;
    return [
      [`mobile performance ≥ ${MOBILE_PERFORMANCE_MIN.toFixed(2)}`, page.name, verdict(atLeast), formatScore(score)],
      [
        `mobile performance ≥ bare ${bare.name}`,
        page.name,
        verdict(asBare),
        `ours ${formatScore(score)}, bare ${formatScore(bareScore)}`,
      ],
      [
        `mobile TBT ≤ bare ${bare.name} + ${MOBILE_TBT_MAX_ABOVE_BARE_MS} ms`,
        page.name,
        verdict(blocking),
        `ours ${formatMs(tbt)}, bare ${formatMs(bareTbt)}`,
      ],
    ];
  });
}

/**
 * @param {BenchPage[]} pages
 * @param {PresetResults} desktop
 * @returns {string[][]}
 */
function desktopPerformanceRows(pages, desktop) {
  return pages.map((page) => {
    const score = desktop.ours[page.path]?.scores.performance;
    const met = score == null ? null : score >= DESKTOP_PERFORMANCE;
    return [`desktop performance = ${DESKTOP_PERFORMANCE.toFixed(2)}`, page.name, verdict(met), formatScore(score)];
  });
}

/**
 * @param {BenchPage[]} pages
 * @param {PresetResults[]} presets
 * @returns {string[][]}
 */
function accessibilityRows(pages, presets) {
  return pages.map((page) => {
    const scores = presets.map(({ours}) => ours[page.path]?.scores.accessibility);
    const met = scores.some((score) => score == null) ? null : scores.every((score) => score === 1);
    const figures = presets.map(({preset}, i) => `${preset} ${formatScore(scores[i])}`).join(', ');
    return ['accessibility = 1.00', page.name, verdict(met), figures];
  });
}

/**
 * @param {BytesByPath} ours
 * @param {BytesByPath | null} bare
 * @returns {string[]}
 */
function contentJsRow(ours, bare) {
  const own = ours[OUR_CONTENT_PAGE.path].js;
  const theirs = bare?.[barePageLike(OUR_CONTENT_PAGE).path]?.js;
  const met = theirs == null ? null : own <= CONTENT_JS_MAX_RATIO * theirs;
  const figures = `ours ${formatBytes(own)} B, bare ${formatBytes(theirs)} B, ratio ${formatRatio(own, theirs)}`;
  return [`content-page JS ≤ ${CONTENT_JS_MAX_RATIO} × bare`, OUR_CONTENT_PAGE.name, verdict(met), figures];
}

/**
 * @param {string} name
 * @param {PresetResults[]} presets
 * @returns {PresetResults}
 */
function presetNamed(name, presets) {
  const found = presets.find(({preset}) => preset === name);
  if (!found) throw new Error(`The budget needs the ${name} Lighthouse results`);
  return found;
}

/**
 * @param {{pages: BenchPage[], presets: PresetResults[], ourBytes: BytesByPath, bareBytes: BytesByPath | null}} figures
 * @returns {string}
 */
export function budgetTable({pages, presets, ourBytes, bareBytes}) {
  const rows = [
    ...mobilePerformanceRows(pages, presetNamed('mobile', presets)),
    ...desktopPerformanceRows(pages, presetNamed('desktop', presets)),
    ...accessibilityRows(pages, presets),
    contentJsRow(ourBytes, bareBytes),
  ];
  /** @type {import('./table.mjs').Column[]} */
  const columns = [{title: 'target'}, {title: 'page'}, {title: 'met'}, {title: 'figures'}];
  return `budget (stated, not enforced)\n${formatTable(columns, rows)}`;
}
