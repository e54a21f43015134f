import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, launchBrowser, sitemapPaths} from './helpers';
import {MIN_BUTTON_TEXT_PX, MIN_TARGET_PX, PHONE_WIDTH, REFLOW_WIDTHS} from '../../src/data/accessibilityChecks';

// WCAG 1.4.10 (Reflow) is an AA criterion that axe does not test: content must fit 320 CSS px without scrolling
// sideways. Phones and a desktop window are checked too. The settings are shared with the accessibility statement.
const WIDTHS = REFLOW_WIDTHS;
const PHONE = PHONE_WIDTH;

/** Tables wider than their box that a reader could not scroll to by keyboard or would not know are cut. */
function tablesOutOfReach(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main table, article table')].flatMap((table, index) => {
      const region = table.closest('.table-scroll');
      const named =
        region?.getAttribute('role') === 'region' &&
        Boolean(region.getAttribute('aria-label')) &&
        region.getAttribute('tabindex') === '0';
      const box = region ?? table.parentElement!;
      const fits = table.getBoundingClientRect().right <= document.documentElement.clientWidth + 1;
      const scrolls = region ? region.scrollWidth > region.clientWidth + 1 : false;
      if (fits && !scrolls) return [];
      if (named) return [];
      return [`table ${index + 1} («${table.querySelector('caption, th')?.textContent?.trim()}») in ${box.className}`];
    }),
  );
}

/** Buttons, button-like links, checkboxes and radios smaller than the minimum target, with small text, or with text cut off. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(
    ({minTarget, minText}) => {
      const shown = (el: Element) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const problems: string[] = [];
      const targets = document.querySelectorAll<HTMLElement>(
        'main button, main .button, main input[type="checkbox"], main input[type="radio"]',
      );
      for (const el of targets) {
        if (!shown(el) || el.closest('.sr-only')) continue;
        const rect = el.getBoundingClientRect();
        const name = (el.textContent || el.getAttribute('aria-label') || el.outerHTML.slice(0, 60)).trim();
        if (rect.width < minTarget || rect.height < minTarget)
          problems.push(`«${name}» is ${Math.round(rect.width)} × ${Math.round(rect.height)} px`);
        if (el.matches('input')) continue;
        if (el.textContent?.trim() && parseFloat(getComputedStyle(el).fontSize) < minText)
          problems.push(`«${name}» has ${getComputedStyle(el).fontSize} text`);
        if (el.scrollWidth > el.clientWidth + 1) problems.push(`«${name}» is cut off`);
      }
      return problems;
    },
    {minTarget: MIN_TARGET_PX, minText: MIN_BUTTON_TEXT_PX},
  );
}

describe('reflow', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(WIDTHS)(
    'no page in the sitemap scrolls sideways at %i px; on a phone every table is reachable and every target big enough',
    async (width) => {
      const context = await browser.newContext({viewport: {width, height: 800}, serviceWorkers: 'block'});
      const page = await context.newPage();
      const tooWide: string[] = [];
      const hiddenTables: string[] = [];
      const targets: string[] = [];
      try {
        for (const path of sitemapPaths()) {
          await page.goto(baseUrl() + path, {waitUntil: 'load'});
          await page.waitForSelector('html[data-has-hydrated="true"]');
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) tooWide.push(`${path} (${scrollWidth} px)`);
          if (width !== PHONE) continue;
          hiddenTables.push(...(await tablesOutOfReach(page)).map((t) => `${path}: ${t}`));
          targets.push(...(await smallTargets(page)).map((t) => `${path}: ${t}`));
        }
      } finally {
        await context.close();
      }
      expect(tooWide).toEqual([]);
      expect(hiddenTables).toEqual([]);
      expect(targets).toEqual([]);
    },
    600_000,
  );
});
