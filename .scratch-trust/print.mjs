import {chromium} from 'playwright-core';
import {writeFileSync} from 'node:fs';
import {startStaticServer} from '/work/wt-trust/scripts/static-server.mjs';
import {CHROMIUM_PATH, CHROMIUM_ARGS} from '/work/wt-trust/tests/e2e/browser.mjs';
const server = await startStaticServer();
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
const context = await browser.newContext({serviceWorkers: 'block'});
const lessons = Object.fromEntries(['hvorfor-samarbeide','organisering','finansiering-og-forpliktelser','hva-kartleggingen-fant'].map((id) => [id, {passed: true, bestScore: 1, attempts: 1, lastAttemptAt: '2026-11-20T12:00:00.000Z'}]));
await context.addInitScript((v) => localStorage.setItem('innkjopsportalen.framdrift', v), JSON.stringify({version: 2, learnerName: 'Kari Nordmann', courses: {innkjopssamarbeid: {lessons}}}));
const page = await context.newPage();
await page.goto(server.url + '/kurs/innkjopssamarbeid/kursbevis/', {waitUntil: 'networkidle'});
await page.waitForSelector('html[data-has-hydrated="true"]');
await page.getByRole('article', {name: 'Kursbevis'}).waitFor();
for (const w of [390, 1280]) { await page.setViewportSize({width: w, height: 1100}); await page.screenshot({path: `/tmp/cert-${w}.png`, fullPage: true}); }
const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true});
writeFileSync('/tmp/cert.pdf', pdf);
console.log('pages', pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length);
await browser.close();
await server.close();
