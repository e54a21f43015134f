import {readdirSync} from 'node:fs';
import path from 'node:path';
import {gzipBytes} from './assets.mjs';

const SEARCH_QUERIES = [
  'anskaffelser',
  'innkjøpssamarbeid',
  'kontraktsoppfølging',
  'avviksrapport',
  'gevinstrealisering',
  'kostnadsbesparelser',
  'avtalelojalitet',
  'vertskommune',
  'kompetanse',
  'fylkeskommune',
  'kravspesifikasjon',
  'rammeavtale',
  'leverandører',
  'kategori',
  'IKT',
  'e-handel',
  'forankring',
  'kontingent',
  'statlige virksomheter',
  'dokumentere besparelser',
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
  // The navbar shows a plain field until the reader reaches for it; the first
  // figure runs from that moment, so it includes fetching the search bar and the index.
  let start = performance.now();
  await page.getByRole('textbox', {name: 'Søk', exact: true}).focus();
  const input = page.getByRole('combobox', {name: 'Søk', exact: true});
  await input.waitFor();
  const latencies = [];
  for (const query of SEARCH_QUERIES) {
    if (latencies.length > 0) {
      await input.fill('');
      start = performance.now();
    }
    const previous = await page.evaluate(() => document.querySelector('[role="listbox"]')?.textContent ?? '');
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
