// `npm run bench`: builds the site from cold and prints what a reader pays for
// it, beside a bare Docusaurus site of the same version built from the classic
// TypeScript template in a temporary folder (removed afterwards). Both builds
// are served with compression, as a host would; the browser figures are the
// JS and CSS each page loads, the first search on a slow phone (bytes and time, beside the bare site with the
// same local search added), the search latency, and Lighthouse scores (mobile
// and desktop) with what each page's start costs (total blocking time, largest
// contentful paint, script evaluation), followed by the budget the site aims for.
// The pages are the home page, a guide and the longest guide in the build, a
// process phase, a lesson with a quiz and the directory.
// It measures and prints; it never fails on a number.
//
// Environment:
//   BENCH_SKIP_BUILD=1       reuse the existing build/ instead of a cold build (for quick iterations)
//   BENCH_LIGHTHOUSE_RUNS=n  Lighthouse runs per page and preset, median printed (default 1)
//   CHROME_PATH              the Chromium to drive (default /usr/bin/chromium)
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {startStaticServer} from './static-server.mjs';
import {ensureChromium} from './ensure-debian-package.mjs';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../tests/e2e/browser.mjs';
import {assetBytes} from './bench/assets.mjs';
import {createBareSite, installedDocusaurusVersion, removeBareSite} from './bench/bareSite.mjs';
import {budgetTable} from './bench/budget.mjs';
import {PRESETS, lighthouseResults, lighthouseRunsFromEnv} from './bench/lighthouse.mjs';
import {BARE_PAGES, ourPages} from './bench/pages.mjs';
import {bytesTable, lighthouseTable} from './bench/report.mjs';
import {firstSearch, firstSearchTable} from './bench/firstSearch.mjs';
import {searchIndexBytes, searchLatencies} from './bench/search.mjs';
import {median} from './bench/stats.mjs';
import {scormPackageFigures, scormPackageTable} from './bench/scormPackages.mjs';

const BUILD = path.resolve('build');

/** @typedef {import('./bench/pages.mjs').BenchPage} BenchPage */
/** @typedef {import('./bench/report.mjs').BytesByPath} BytesByPath */
/** @typedef {import('./bench/report.mjs').PresetResults} PresetResults */
/** @typedef {{name: string, url: string, buildDir: string, pages: BenchPage[]}} ServedSite */

function coldBuildSeconds() {
  spawnSync('npx', ['docusaurus', 'clear'], {stdio: 'ignore'});
  const start = process.hrtime.bigint();
  const result = spawnSync('npx', ['docusaurus', 'build'], {stdio: ['ignore', 'ignore', 'inherit']});
  if (result.status !== 0) throw new Error('Byggingen feilet; se feilmeldingen over.');
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function buildOurSite() {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log(`cold build: ${coldBuildSeconds().toFixed(1)} s`);
  } else if (existsSync(BUILD)) {
    console.log('cold build: skipped (BENCH_SKIP_BUILD=1), measuring the existing build/');
  } else {
    throw new Error('BENCH_SKIP_BUILD=1, but there is no build/ to measure; run once without it first.');
  }
}

/**
 * The bare site, or null when it could not be set up (offline, say): the
 * bench then prints our figures without the comparison.
 * @returns {import('./bench/bareSite.mjs').BareSite | null}
 */
function setUpBareSite() {
  const version = installedDocusaurusVersion();
  try {
    const site = createBareSite(version);
    const total = site.steps.reduce((sum, step) => sum + step.seconds, 0);
    const steps = site.steps.map((step) => `${step.label} ${step.seconds.toFixed(1)} s`).join(', ');
    console.log(
      `bare baseline (create-docusaurus@${version} classic --typescript): set up in ${total.toFixed(1)} s (${steps})`,
    );
    return site;
  } catch (error) {
    console.log(`bare baseline unavailable, comparisons skipped: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {ServedSite} site
 * @returns {Promise<BytesByPath>}
 */
async function pageBytes(browser, site) {
  /** @type {BytesByPath} */
  const bytes = {};
  for (const page of site.pages) bytes[page.path] = await assetBytes(browser, site, page.path);
  return bytes;
}

/** @param {number[]} latencies */
function printSearchLatency(latencies) {
  if (latencies.length === 0) return;
  console.log(`first search, index included: ${latencies[0].toFixed(1)} ms`);
  console.log(`search latency median (${latencies.length} Norwegian queries): ${median(latencies).toFixed(1)} ms`);
}

/** A word each site's index holds: the first answer is then a list of results, as for most readers. */
const FIRST_QUERY = {ours: 'rammeavtale', bare: 'docusaurus'};

/**
 * @param {string} what
 * @returns {(error: unknown) => null}
 */
const unavailable = (what) => (error) => {
  console.log(`${what} unavailable: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  return null;
};

/**
 * Byte counts and search latency, in a browser that is closed again before
 * Lighthouse starts so it does not compete for the CPU.
 * @param {ServedSite} ours
 * @param {ServedSite | null} bare
 * @returns {Promise<{ourBytes: BytesByPath, bareBytes: BytesByPath | null, latencies: number[]}>}
 */
async function playwrightFigures(ours, bare) {
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  try {
    const ourBytes = await pageBytes(browser, ours);
    const bareBytes = bare && (await pageBytes(browser, bare));
    const ourFirst = await firstSearch(browser, ours, FIRST_QUERY.ours);
    const bareFirst =
      bare && (await firstSearch(browser, bare, FIRST_QUERY.bare).catch(unavailable('bare first search')));
    console.log(`\n${firstSearchTable(ourFirst, bareFirst)}\n`);
    const latencies = await searchLatencies(browser, ours.url).catch((error) => {
      console.log(`search latency unavailable: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      return [];
    });
    return {ourBytes, bareBytes, latencies};
  } finally {
    await browser.close();
  }
}

/**
 * @param {import('./bench/lighthouse.mjs').Preset} preset
 * @param {ServedSite[]} sites
 * @param {number} runs
 * @returns {Promise<Record<string, import('./bench/report.mjs').ResultsByPath>>} results by site name, then path
 */
async function resultsBySite(preset, sites, runs) {
  const pages = sites.flatMap((site) => site.pages.map((page) => ({site, page})));
  const targets = pages.map(({site, page}) => ({
    label: `${site.name} ${page.name} (${page.path})`,
    url: site.url + page.path,
  }));
  const results = await lighthouseResults(preset, targets, runs);
  /** @type {Record<string, import('./bench/report.mjs').ResultsByPath>} */
  const bySite = Object.fromEntries(sites.map((site) => [site.name, {}]));
  pages.forEach(({site, page}, i) => (bySite[site.name][page.path] = results[i]));
  return bySite;
}

/**
 * @param {ServedSite} ours
 * @param {ServedSite | null} bare
 * @returns {Promise<PresetResults[]>}
 */
async function lighthouseFigures(ours, bare) {
  const runs = lighthouseRunsFromEnv();
  const sites = bare ? [ours, bare] : [ours];
  /** @type {PresetResults[]} */
  const presets = [];
  for (const preset of PRESETS) {
    const bySite = await resultsBySite(preset, sites, runs);
    const results = {preset: preset.name, ours: bySite.ours, bare: bySite.bare ?? null};
    console.log(`\n${lighthouseTable(ours.pages, results, runs)}`);
    presets.push(results);
  }
  return presets;
}

/**
 * @param {string} name
 * @param {string} buildDir
 * @param {BenchPage[]} pages
 * @returns {Promise<ServedSite & {close: () => Promise<void>}>}
 */
async function serve(name, buildDir, pages) {
  const server = await startStaticServer({dir: buildDir});
  return {name, buildDir, pages, ...server};
}

/** @param {import('./bench/bareSite.mjs').BareSite | null} bareSite */
async function browserFigures(bareSite) {
  const ours = await serve('ours', BUILD, ourPages(BUILD));
  const bare = bareSite && (await serve('bare', bareSite.buildDir, BARE_PAGES));
  try {
    const {ourBytes, bareBytes, latencies} = await playwrightFigures(ours, bare);
    printSearchLatency(latencies);
    console.log(`\n${bytesTable(ours.pages, ourBytes, bareBytes)}`);
    const presets = await lighthouseFigures(ours, bare);
    console.log(`\n${budgetTable({pages: ours.pages, presets, ourBytes, bareBytes})}`);
  } finally {
    await ours.close();
    await bare?.close();
  }
}

const chromiumReady = ensureChromium();
buildOurSite();
for (const {name, bytes} of searchIndexBytes(BUILD)) console.log(`search index ${name} (gzip): ${bytes} bytes`);
console.log(`\n${scormPackageTable(scormPackageFigures(BUILD))}\n`);
const bareSite = setUpBareSite();
try {
  if (chromiumReady.ok) await browserFigures(bareSite);
  else console.log(`browser figures skipped: ${chromiumReady.message}`);
} finally {
  if (bareSite) removeBareSite(bareSite);
}
