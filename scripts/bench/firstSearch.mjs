// The first search on a weak phone: from the reader reaching for the search field to the first answer in the
// dropdown, with everything that takes (the search bar's code, lunr, the worker, the index) downloaded on the way.
// Throttled as Lighthouse's mobile "slow 4G" with devtools throttling does it, and the CPU slowed down four times.
import path from 'node:path';
import {gzipBytes} from './assets.mjs';
import {formatBytes, formatRatio, formatTable} from './table.mjs';

/** Lighthouse's mobileSlow4G, as applied in devtools throttling (request latency and throughput already adjusted). */
export const SLOW_4G = {latencyMs: 562.5, downloadKbps: 1474.56, uploadKbps: 607.5};
export const CPU_SLOWDOWN = 4;

const kbpsToBytesPerSecond = (/** @type {number} */ kbps) => (kbps * 1024) / 8;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{url: string, buildDir: string}} site
 * @param {string} query a word the site's index holds
 * @returns {Promise<{bytes: number, ms: number}>} gzip bytes of the files fetched for the first answer, and the time
 */
export async function firstSearch(browser, {url, buildDir}, query) {
  const context = await browser.newContext({serviceWorkers: 'block'});
  const page = await context.newPage();
  try {
    await page.goto(url + '/', {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_4G.latencyMs,
      downloadThroughput: kbpsToBytesPerSecond(SLOW_4G.downloadKbps),
      uploadThroughput: kbpsToBytesPerSecond(SLOW_4G.uploadKbps),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
    /** @type {Set<string>} */
    const fetched = new Set();
    // The context sees the worker's requests (the index) as well as the page's.
    context.on('request', (request) => {
      const requested = new URL(request.url());
      if (requested.origin === url) fetched.add(requested.pathname);
    });
    const field = page.locator('.navbar__search-input, .navbar input[type="search"]').first();
    const start = performance.now();
    await field.click();
    await page.keyboard.type(query);
    await page.waitForFunction(() => (document.querySelector('[role="listbox"]')?.textContent ?? '') !== '', null, {
      polling: 'raf',
      timeout: 120_000,
    });
    const ms = performance.now() - start;
    const bytes = [...fetched]
      .filter((p) => /\.(js|json|css)$/.test(p))
      .reduce((total, p) => total + gzipBytes(path.join(buildDir, p)), 0);
    return {bytes, ms};
  } finally {
    await context.close();
  }
}

/**
 * @param {{bytes: number, ms: number}} ours
 * @param {{bytes: number, ms: number} | null} bare
 * @returns {string}
 */
export function firstSearchTable(ours, bare) {
  const ms = (/** @type {number | undefined} */ value) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);
  return formatTable(
    [
      {title: 'first search (slow 4G, 4× CPU)'},
      {title: 'ours', numeric: true},
      {title: 'bare + local search', numeric: true},
      {title: 'ours / bare', numeric: true},
    ],
    [
      ['bytes fetched (gzip)', formatBytes(ours.bytes), formatBytes(bare?.bytes), formatRatio(ours.bytes, bare?.bytes)],
      ['time to first answer', ms(ours.ms), ms(bare?.ms), formatRatio(ours.ms, bare?.ms)],
    ],
  );
}
