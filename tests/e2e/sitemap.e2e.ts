import AxeBuilder from '@axe-core/playwright';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {gotoHydrated, launchBrowser, openWatchedPage, sitemapPaths} from './helpers';
import {AXE_TAGS} from '../../src/data/accessibilityChecks';

const WCAG_21_AA = [...AXE_TAGS];

// Strings the theme and the search plugin show in English unless i18n/nb/code.json translates them.
const ENGLISH_UI = [
  'On this page',
  'Search',
  'Previous',
  'Next',
  'Edit this page',
  'Skip to main content',
  'Read more',
  'Recent posts',
  'Tags',
  'No results',
  'See all results',
  'Copy',
  'Collapse sidebar',
  'Expand sidebar',
  'Toggle navigation bar',
  'Close navigation bar',
  'Scroll back to top',
  'Home page',
  'min read',
  'Newer post',
  'Older post',
];

/** Visible text plus the accessible labels a screen reader announces. */
async function uiText(page: import('playwright-core').Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].map((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' '),
    );
    return `${document.body.innerText}\n${labels.join('\n')}`;
  });
}

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

  it.each(paths)(
    '%s loads in Norwegian without console errors, failed requests or axe violations',
    async (pathname) => {
      const {context, page, problems} = await openWatchedPage(browser);
      try {
        await gotoHydrated(page, pathname);
        expect(await page.getAttribute('html', 'lang')).toBe('nb-NO');
        expect(await page.locator('h1').count()).toBe(1);
        const text = await uiText(page);
        expect(ENGLISH_UI.filter((phrase) => new RegExp(`\\b${phrase}\\b`).test(text))).toEqual([]);
        const {violations} = await new AxeBuilder({page}).withTags(WCAG_21_AA).analyze();
        const summary = violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
        expect(problems.failedRequests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
