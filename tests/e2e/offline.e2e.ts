import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage, reloadOffline, waitUntilSaved} from './helpers';

const LESSON = '/kurs/innkjopssamarbeid/organisering/';

describe('offline reading', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('offers the site as an installable app with a manifest and a service worker', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/');
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await page.request.get(new URL(manifestHref!, page.url()).href)).json();
      expect(manifest).toMatchObject({name: 'Innkjøpsportalen', lang: 'nb-NO', display: 'standalone'});
      // Relative to the manifest, so the app starts where the site lives, under a sub-path too.
      expect(new URL(manifest.start_url, new URL(manifestHref!, page.url())).href).toBe(`${baseUrl()}/`);
      expect(manifest.icons.map((icon: {sizes: string}) => icon.sizes)).toEqual(
        expect.arrayContaining(['192x192', '512x512']),
      );
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe('/');
    } finally {
      await context.close();
    }
  });

  it('reopens a visited lesson without a network, quiz included, and a guide reached by a link', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, LESSON);
      await waitUntilSaved(page);

      // A guide reached by in-app navigation: its HTML never crossed the network as a page load.
      await gotoHydrated(page, '/veiledere/');
      await waitUntilSaved(page);
      await page.getByRole('link', {name: 'Persontransport/reise'}).click();
      // The URL changes before the new page renders; until then the status line is the old page's.
      await page.getByRole('heading', {level: 1, name: /reise/i}).waitFor();
      await waitUntilSaved(page);
      expect(problems).toEqual({consoleErrors: [], failedRequests: []});

      await context.setOffline(true);
      await reloadOffline(page, page.url().replace('/veiledere/reise/', LESSON), /organisert/i);
      await page.getByRole('button', {name: 'Sjekk svarene'}).click();
      await page.getByText('Du fikk 0 av').first().waitFor();

      await reloadOffline(page, page.url().replace(LESSON, '/veiledere/reise/'), /reise/i);
    } finally {
      await context.close();
    }
  });
});
