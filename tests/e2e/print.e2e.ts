import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, launchBrowser, sitemapPaths} from './helpers';

// A4 is 210 mm wide; custom.css prints with 15 mm margins, leaving 180 mm, which is 680 CSS px.
const A4_CONTENT_WIDTH = 680;

describe('templates on paper', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('print every template on A4 portrait with nothing outside the page, full link addresses and a header', async () => {
    const context = await browser.newContext({
      viewport: {width: A4_CONTENT_WIDTH, height: 1000},
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.emulateMedia({media: 'print'});
    const problems: string[] = [];
    let templates = 0;
    try {
      for (const path of sitemapPaths().filter((p) => p.startsWith('/handbok/'))) {
        await page.goto(baseUrl() + path, {waitUntil: 'load'});
        await page.waitForSelector('html[data-has-hydrated="true"]');
        // Templates are the pages with a Word download (hidden on paper, so found by selector, not by role).
        if ((await page.locator('a[download][href$=".docx"]').count()) === 0) continue;
        templates++;
        const title = await page.locator('article h1').first().innerText();
        const found = await page.evaluate(
          ({width, title}) => {
            const out: string[] = [];
            if (document.documentElement.scrollWidth > width)
              out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
            for (const table of document.querySelectorAll('article table')) {
              const right = Math.round(table.getBoundingClientRect().right);
              if (right > width || table.scrollWidth > table.clientWidth + 1)
                out.push(`table «${table.querySelector('th')?.textContent}» reaches ${right} px`);
            }
            for (const link of document.querySelectorAll<HTMLAnchorElement>('.markdown a[href^="/"]')) {
              if (link.closest('.hash-link, table') || link.getClientRects().length === 0) continue;
              // The site's address as configured at build time (SITE_URL), before the path the link carries.
              const shown = getComputedStyle(link, '::after').content;
              if (!/^" \(https?:\/\/[^/ ]+\//.test(shown) || !shown.includes(`${link.getAttribute('href')})`))
                out.push(`link ${link.getAttribute('href')} prints as ${shown}`);
            }
            const header = [...document.head.querySelectorAll('style')].some(
              (s) => s.textContent?.includes('@top-left') && s.textContent.includes(title),
            );
            if (!header) out.push('no page header with the template name');
            return out;
          },
          {width: A4_CONTENT_WIDTH, title},
        );
        problems.push(...found.map((f) => `${path}: ${f}`));
        const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true});
        if (pdf.subarray(0, 5).toString() !== '%PDF-') problems.push(`${path}: no PDF`);
      }
    } finally {
      await context.close();
    }
    expect(templates).toBeGreaterThanOrEqual(20);
    expect(problems).toEqual([]);
  }, 600_000);
});
