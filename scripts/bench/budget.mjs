// The targets the site is held to, stated beside the figures. The bench
// reports them; it never fails on them, because one noisy Lighthouse run on a
// small machine should not break anyone's build.
import {OUR_CONTENT_PAGE, OUR_PAGES, barePageLike} from './pages.mjs';
import {formatBytes, formatRatio, formatScore, formatTable} from './table.mjs';

const MOBILE_PERFORMANCE_MIN = 0.95;
const CONTENT_JS_MAX_RATIO = 1.2;

/** @typedef {import('./report.mjs').PresetScores} PresetScores */
/** @typedef {import('./report.mjs').BytesByPath} BytesByPath */

/**
 * @param {boolean | null} met null when a figure is missing
 * @returns {string}
 */
const verdict = (met) => (met == null ? 'n/a' : met ? 'yes' : 'no');

/**
 * @param {PresetScores} mobile
 * @returns {string[][]}
 */
function mobilePerformanceRows(mobile) {
  return OUR_PAGES.map((page) => {
    const score = mobile.ours[page.path]?.performance;
    const met = score == null ? null : score >= MOBILE_PERFORMANCE_MIN;
    return [`mobile performance ≥ ${MOBILE_PERFORMANCE_MIN.toFixed(2)}`, page.name, verdict(met), formatScore(score)];
  });
}

/**
 * @param {PresetScores[]} presets
 * @returns {string[][]}
 */
function accessibilityRows(presets) {
  return OUR_PAGES.map((page) => {
    const scores = presets.map(({ours}) => ours[page.path]?.accessibility);
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
 * @param {{presets: PresetScores[], ourBytes: BytesByPath, bareBytes: BytesByPath | null}} figures
 * @returns {string}
 */
export function budgetTable({presets, ourBytes, bareBytes}) {
  const mobile = presets.find(({preset}) => preset === 'mobile');
  if (!mobile) throw new Error('The budget needs the mobile Lighthouse scores');
  const rows = [...mobilePerformanceRows(mobile), ...accessibilityRows(presets), contentJsRow(ourBytes, bareBytes)];
  /** @type {import('./table.mjs').Column[]} */
  const columns = [{title: 'target'}, {title: 'page'}, {title: 'met'}, {title: 'figures'}];
  return `budget (stated, not enforced)\n${formatTable(columns, rows)}`;
}
