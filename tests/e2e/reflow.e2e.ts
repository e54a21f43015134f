import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, launchBrowser, sitemapPaths} from './helpers';

// WCAG 1.4.10 (Reflow) is an AA criterion that axe does not test: content must fit 320 CSS px without scrolling
// sideways. Phones of 390 px and a desktop window are checked too.
const WIDTHS = [320, 390, 1280];

describe('reflow', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(WIDTHS)(
    'no page in the sitemap scrolls sideways at %i px',
    async (width) => {
      const context = await browser.newContext({viewport: {width, height: 800}, serviceWorkers: 'block'});
      const page = await context.newPage();
      const tooWide: string[] = [];
      try {
        for (const path of sitemapPaths()) {
          await page.goto(baseUrl() + path, {waitUntil: 'load'});
          await page.waitForSelector('html[data-has-hydrated="true"]');
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) tooWide.push(`${path} (${scrollWidth} px)`);
        }
      } finally {
        await context.close();
      }
      expect(tooWide).toEqual([]);
    },
    600_000,
  );
});
