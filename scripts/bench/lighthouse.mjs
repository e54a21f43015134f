// Lighthouse scores through its Node API, with Debian's Chromium started by
// chrome-launcher (which gives each launch a fresh profile).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../tests/e2e/browser.mjs';
import {CATEGORIES, medianResult, pageResult} from './lighthouseResult.mjs';

/** @typedef {{name: string, config: import('lighthouse').Config | undefined}} Preset */

/** @type {Preset[]} */
export const PRESETS = [
  // Lighthouse's default config is its mobile one.
  {name: 'mobile', config: undefined},
  {name: 'desktop', config: desktopConfig},
];

// The project's usual flags, but in the new headless mode, which renders and
// schedules like a headed Chrome, so the scores stand for what readers get.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => !flag.startsWith('--headless'))];

/** @typedef {import('./lighthouseResult.mjs').PageResult} PageResult */
/** @typedef {{label: string, url: string}} Target */

/**
 * Runs per page and preset. One run is noisy on a small machine; more runs
 * (BENCH_LIGHTHOUSE_RUNS) trade time for a steadier median.
 * @returns {number}
 */
export function lighthouseRunsFromEnv() {
  const runs = Number.parseInt(process.env.BENCH_LIGHTHOUSE_RUNS ?? '1', 10);
  return Number.isInteger(runs) && runs > 0 ? runs : 1;
}

/**
 * @param {number} port
 * @param {Preset} preset
 * @param {string} url
 * @returns {Promise<PageResult>}
 */
async function runOnce(port, preset, url) {
  const result = await lighthouse(url, {port, onlyCategories: [...CATEGORIES]}, preset.config);
  if (!result) throw new Error('Lighthouse returned no result');
  const {runtimeError} = result.lhr;
  if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
  return pageResult(result.lhr);
}

/**
 * @param {number} port
 * @param {Preset} preset
 * @param {Target} target
 * @param {number} runs
 * @returns {Promise<PageResult | null>}
 */
async function targetResult(port, preset, target, runs) {
  /** @type {PageResult[]} */
  const succeeded = [];
  for (let run = 1; run <= runs; run++) {
    try {
      succeeded.push(await runOnce(port, preset, target.url));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`Lighthouse ${preset.name} run ${run}/${runs} failed for ${target.label}: ${message}`);
    }
  }
  return medianResult(succeeded);
}

/**
 * Scores and start-up figures for each target under one preset, in the order given; null where
 * every run failed. One Chromium serves the whole preset: Lighthouse opens a
 * new tab per run and resets the origin's storage itself.
 * @param {Preset} preset
 * @param {Target[]} targets
 * @param {number} runs
 * @returns {Promise<(PageResult | null)[]>}
 */
export async function lighthouseResults(preset, targets, runs) {
  let chrome;
  try {
    chrome = await chromeLauncher.launch({chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent'});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`Lighthouse ${preset.name} skipped: Chromium did not start (${message})`);
    return targets.map(() => null);
  }
  try {
    const results = [];
    for (const target of targets) results.push(await targetResult(chrome.port, preset, target, runs));
    return results;
  } finally {
    chrome.kill();
  }
}
