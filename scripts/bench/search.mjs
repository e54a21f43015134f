import {readdirSync} from 'node:fs';
import path from 'node:path';
import {gzipBytes} from './assets.mjs';

const SEARCH_QUERIES = [
  'anskaffelser', 'innkjøpssamarbeid', 'kontraktsoppfølging', 'avviksrapport', 'gevinstrealisering',
  'kostnadsbesparelser', 'avtalelojalitet', 'vertskommune', 'kompetanse', 'fylkeskommune',
  'kravspesifikasjon', 'rammeavtale', 'leverandører', 'kategori', 'IKT',
  'e-handel', 'forankring', 'kontingent', 'statlige virksomheter', 'dokumentere besparelser',
];

/**
 * gzip bytes of each search index: the whole site's (used outside the parts) and one per part.
 * @param {string} buildDir
 * @returns {{name: string, bytes: number}[]}
 */
export function searchIndexBytes(buildDir) {
  return readdirSync(buildDir)
    .filter((f) => /^search-index.*\.json$/.test(f))
    .map((f) => ({name: f.replace(/^search-index-?|\.json$/g, '') || 'alt', bytes: gzipBytes(path.join(buildDir, f))}));
}

/**
 * Milliseconds from typing a query in the navbar search to the suggestions for it being shown.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @returns {Promise<number[]>}
 */
export async function searchLatencies(browser, baseUrl) {
  const page = await browser.newPage();
  await page.goto(baseUrl + '/', {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const input = page.getByLabel('Søk', {exact: true});
  await input.focus();
  const latencies = [];
  for (const query of SEARCH_QUERIES) {
    await input.fill('');
    const previous = await page.evaluate(() => document.querySelector('[role="listbox"]')?.textContent ?? '');
    const start = performance.now();
    await input.fill(query);
    await page.waitForFunction(
      (before) => {
        const text = document.querySelector('[role="listbox"]')?.textContent ?? '';
        return text !== '' && text !== before;
      },
      previous,
      {polling: 'raf', timeout: 30_000},
    );
    latencies.push(performance.now() - start);
  }
  await page.close();
  return latencies;
}
