// Takes screenshots of built pages at phone and desktop width, for a person to look at.
// Usage: node scripts/screenshot.mjs [--viewport] /path/ [/other/path/ ...]  (writes to .screenshots/)
// --viewport: only what fits the first screen, instead of the full page.
// --element=SELECTOR: only the first element matching the CSS selector.
import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {startStaticServer} from './static-server.mjs';
import {CHROMIUM_PATH, CHROMIUM_ARGS} from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const fullPage = !args.includes('--viewport');
const element = args.find((a) => a.startsWith('--element='))?.slice('--element='.length);
const paths = args.filter((a) => !a.startsWith('--'));
const outDir = '.screenshots';
mkdirSync(outDir, {recursive: true});
const server = await startStaticServer();
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({viewport: {width, height: 900}});
    const page = await context.newPage();
    for (const p of paths.length ? paths : ['/']) {
      await page.goto(server.url + p, {waitUntil: 'networkidle'});
      const file = `${outDir}/${p.replace(/\W+/g, '_') || 'root'}-${width}.png`;
      if (element) await page.locator(element).first().screenshot({path: file});
      else await page.screenshot({path: file, fullPage});
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
