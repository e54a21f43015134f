import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {LOCAL_SITE_URL} from '@site/src/lib/siteAddress';
import {
  gotoHydrated,
  launchBrowser,
  openWatchedPage,
  reloadOffline,
  typeInNavbarSearch,
  waitUntilSaved,
} from './helpers';

// The build made with BASE_URL=/innkjop/ (scripts/variants.mjs), served only under that path.
const BASE = '/innkjop/';
const site = () => inject('variantUrls')['sub-path']!;

describe('the site under a sub-path (BASE_URL=/innkjop/)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('keeps every link, the canonical address and the sitemap under the sub-path', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/', site());
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(10);
      expect(hrefs.filter((href) => !href!.startsWith(BASE))).toEqual([]);

      await page.getByRole('navigation', {name: 'Hovedmeny'}).getByRole('link', {name: 'Veiledere'}).click();
      await page.waitForURL(`**${BASE}veiledere/**`);
      await page.getByRole('heading', {level: 1}).waitFor();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
        `${LOCAL_SITE_URL}${BASE}veiledere/`,
      );

      const sitemap = await (await page.request.get(`${site()}/sitemap.xml`)).text();
      const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(locations.length).toBeGreaterThan(10);
      expect(locations.filter((loc) => !loc.startsWith(`${LOCAL_SITE_URL}${BASE}`))).toEqual([]);
      expect(problems).toEqual({consoleErrors: [], failedRequests: []});
    } finally {
      await context.close();
    }
  });

  it('offers a template’s Word file from under the sub-path', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/handbok/mandat/', site());
      const link = page.getByRole('link', {name: /Last ned som Word/});
      expect(await link.getAttribute('href')).toBe(`${BASE}maler/mandat.docx`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('mandat.docx');
      expect(await download.failure()).toBeNull();
      expect(problems).toEqual({consoleErrors: [], failedRequests: []});
    } finally {
      await context.close();
    }
  });

  it('offers a course’s SCORM package, with its size, from under the sub-path', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/kurs/innkjopssamarbeid/', site());
      const link = page.getByRole('link', {name: /Last ned for læringsplattform \(SCORM 1\.2\) \(\d+ kB\)/});
      expect(await link.getAttribute('href')).toBe(`${BASE}scorm/innkjopssamarbeid.zip`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('innkjopssamarbeid.zip');
      expect(await download.failure()).toBeNull();
      expect(problems).toEqual({consoleErrors: [], failedRequests: []});
    } finally {
      await context.close();
    }
  });

  it('searches, and opens a result under the sub-path', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/', site());
      const listbox = await typeInNavbarSearch(page, 'avviksrapport');
      await expect(listbox.getByRole('option').first().innerText()).resolves.toContain('Mal for avviksrapport');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${BASE}handbok/**`);
      await page.getByRole('heading', {level: 1, name: /avviksrapport/i}).waitFor();
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps a visited lesson for reading offline', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      const lesson = '/kurs/innkjopssamarbeid/organisering/';
      await gotoHydrated(page, lesson, site());
      await waitUntilSaved(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe(BASE);
      await context.setOffline(true);
      await reloadOffline(page, `${site()}${lesson}`, /organisert/i);
    } finally {
      await context.close();
    }
  });
});
