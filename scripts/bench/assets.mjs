import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

/**
 * @param {string} file
 * @returns {number}
 */
export const gzipBytes = (file) => gzipSync(readFileSync(file), {level: 9}).length;

/**
 * gzip bytes of the JS and CSS files the browser requests for `pathname`,
 * taken from the build folder the server serves them from.
 * @param {import('playwright-core').Browser} browser
 * @param {{url: string, buildDir: string}} site
 * @param {string} pathname
 * @returns {Promise<{js: number, css: number}>}
 */
export async function assetBytes(browser, {url, buildDir}, pathname) {
  const page = await browser.newPage();
  /** @type {Record<string, Set<string>>} */
  const files = {script: new Set(), stylesheet: new Set()};
  page.on('request', (request) => {
    const type = request.resourceType();
    const requested = new URL(request.url());
    if (requested.origin === url && type in files) files[type].add(requested.pathname);
  });
  await page.goto(url + pathname, {waitUntil: 'networkidle'});
  await page.close();
  const sum = (/** @type {Set<string>} */ set) =>
    [...set].reduce((total, p) => total + gzipBytes(path.join(buildDir, p)), 0);
  return {js: sum(files.script), css: sum(files.stylesheet)};
}
