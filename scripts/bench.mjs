// `npm run bench`: builds the site from cold and prints what a reader pays for it.
// It measures and prints; it never fails on a number.
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {startStaticServer} from './static-server.mjs';
import {ensureChromium} from './ensure-chromium.mjs';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../tests/e2e/browser.mjs';

const BUILD = path.resolve('build');

const SEARCH_QUERIES = [
  'anskaffelser', 'innkjøpssamarbeid', 'kontraktsoppfølging', 'avviksrapport', 'gevinstrealisering',
  'kostnadsbesparelser', 'avtalelojalitet', 'vertskommune', 'kompetanse', 'fylkeskommune',
  'kravspesifikasjon', 'rammeavtale', 'leverandører', 'kategori', 'IKT',
  'e-handel', 'forankring', 'kontingent', 'statlige virksomheter', 'dokumentere besparelser',
];

const gzipBytes = (file) => gzipSync(readFileSync(file), {level: 9}).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function coldBuildSeconds() {
  spawnSync('npx', ['docusaurus', 'clear'], {stdio: 'ignore'});
  const start = process.hrtime.bigint();
  const result = spawnSync('npx', ['docusaurus', 'build'], {stdio: ['ignore', 'ignore', 'inherit']});
  if (result.status !== 0) throw new Error('Byggingen feilet; se feilmeldingen over.');
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** gzip bytes of the JS and CSS files the browser requests for `pathname`, taken from build/. */
async function assetBytes(browser, baseUrl, pathname) {
  const page = await browser.newPage();
  const files = {script: new Set(), stylesheet: new Set()};
  page.on('request', (request) => {
    const type = request.resourceType();
    const url = new URL(request.url());
    if (url.origin === baseUrl && type in files) files[type].add(url.pathname);
  });
  await page.goto(baseUrl + pathname, {waitUntil: 'networkidle'});
  await page.close();
  const sum = (set) => [...set].reduce((total, p) => total + gzipBytes(path.join(BUILD, p)), 0);
  return {js: sum(files.script), css: sum(files.stylesheet)};
}

/** gzip bytes of each search index: the whole site's (used outside the parts) and one per part. */
function searchIndexBytes() {
  return readdirSync(BUILD)
    .filter((f) => /^search-index.*\.json$/.test(f))
    .map((f) => ({name: f.replace(/^search-index-?|\.json$/g, '') || 'alt', bytes: gzipBytes(path.join(BUILD, f))}));
}

/** Milliseconds from typing a query in the navbar search to the suggestions for it being shown. */
async function searchLatencies(browser, baseUrl) {
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

const chromiumReady = ensureChromium();
const buildSeconds = coldBuildSeconds();
console.log(`cold build: ${buildSeconds.toFixed(1)} s`);
for (const {name, bytes} of searchIndexBytes()) console.log(`search index ${name} (gzip): ${bytes} bytes`);

if (!chromiumReady.ok) {
  console.log(`browser figures skipped: ${chromiumReady.message}`);
} else {
  const server = await startStaticServer({dir: BUILD});
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  try {
    const home = await assetBytes(browser, server.url, '/');
    console.log(`home page JS (gzip): ${home.js} bytes`);
    console.log(`home page CSS (gzip): ${home.css} bytes`);
    const latencies = await searchLatencies(browser, server.url);
    console.log(`first search, index included: ${latencies[0].toFixed(1)} ms`);
    console.log(`search latency median (${latencies.length} Norwegian queries): ${median(latencies).toFixed(1)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}
