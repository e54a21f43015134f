// What the bench keeps of a Lighthouse result: the category scores and what the page costs while it starts, and their
// medians over several runs.
import {median} from './stats.mjs';

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/** @typedef {Record<(typeof CATEGORIES)[number], number | null>} Scores */
/**
 * What the page costs while it starts, in milliseconds: total blocking time, largest contentful paint and the
 * main thread's script evaluation (Lighthouse's `mainthread-work-breakdown`, the figure behind `bootup-time`).
 * @typedef {Record<(typeof METRICS)[number], number | null>} Metrics
 */
/** @typedef {{scores: Scores, metrics: Metrics}} PageResult */

export const METRICS = /** @type {const} */ (['tbt', 'lcp', 'scriptEvaluation']);

/**
 * @param {unknown} value
 * @returns {number | null}
 */
const finiteOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * The scores and start-up figures of one Lighthouse result; a figure the result lacks is null.
 * @param {{categories: Record<string, {score: number | null} | undefined>, audits: Record<string, {numericValue?: number, details?: {items?: {group?: string, duration?: number}[]}} | undefined>}} lhr
 * @returns {PageResult}
 */
export function pageResult({categories, audits}) {
  const scores = /** @type {Scores} */ (
    Object.fromEntries(CATEGORIES.map((id) => [id, finiteOrNull(categories[id]?.score)]))
  );
  const breakdown = audits['mainthread-work-breakdown']?.details?.items ?? [];
  const metrics = {
    tbt: finiteOrNull(audits['total-blocking-time']?.numericValue),
    lcp: finiteOrNull(audits['largest-contentful-paint']?.numericValue),
    scriptEvaluation: finiteOrNull(breakdown.find((item) => item.group === 'scriptEvaluation')?.duration),
  };
  return {scores, metrics};
}

/**
 * The median of each field over the runs that have a figure for it.
 * @template {string} K
 * @param {readonly K[]} keys
 * @param {Record<K, number | null>[]} runs
 * @returns {Record<K, number | null>}
 */
function fieldMedians(keys, runs) {
  /** @param {K} key */
  const fieldMedian = (key) => {
    const values = /** @type {number[]} */ (runs.map((run) => run[key]).filter((value) => value != null));
    return values.length ? median(values) : null;
  };
  return /** @type {Record<K, number | null>} */ (Object.fromEntries(keys.map((key) => [key, fieldMedian(key)])));
}

/**
 * Each score's and each figure's median over the runs, taken one by one (so the median TBT need not come from the
 * run with the median score).
 * @param {PageResult[]} runs
 * @returns {PageResult | null} null when no run succeeded
 */
export function medianResult(runs) {
  if (runs.length === 0) return null;
  return {
    scores: fieldMedians(
      CATEGORIES,
      runs.map((run) => run.scores),
    ),
    metrics: fieldMedians(
      METRICS,
      runs.map((run) => run.metrics),
    ),
  };
}
