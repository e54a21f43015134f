import AxeBuilder from '@axe-core/playwright';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {gotoHydrated, launchBrowser, openWatchedPage, sitemapPaths} from './helpers';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe('every page in the sitemap', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const paths = sitemapPaths();

  it('lists the pages of all three instances, the blog and the landing page', () => {
    for (const expected of ['/', '/handbok/funn/', '/veiledere/ikt/', '/kurs/innkjopssamarbeid/', '/nyheter/']) {
      expect(paths).toContain(expected);
    }
  });

  it.each(paths)('%s loads in Norwegian without console errors, failed requests or axe violations', async (pathname) => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, pathname);
      expect(await page.getAttribute('html', 'lang')).toBe('nb-NO');
      expect(await page.locator('h1').count()).toBe(1);
      const {violations} = await new AxeBuilder({page}).withTags(WCAG_21_AA).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
