import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {COURSES, getCourse} from '@site/src/data/courses';
import {OFFLINE_CACHES} from '@site/src/serviceWorker/cacheNames';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage, reloadOffline, waitUntilSaved} from './helpers';

const LESSON = '/kurs/innkjopssamarbeid/organisering/';

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Waits until the page at `pathname` is in the offline cache, for pages with no status line of their own. */
async function waitUntilCached(page: Page, pathname: string) {
  const isCached = () =>
    page.evaluate(async ([cacheName, url]) => Boolean(await (await caches.open(cacheName)).match(url)), [
      OFFLINE_CACHES.pages,
      baseUrl() + pathname,
    ] as const);
  await expect.poll(isCached, {timeout: 30_000, interval: 250}).toBe(true);
}

/** The start pages are saved in order, the HTML of each after its files: the last one there means all are. */
const waitUntilStartPagesSaved = (page: Page) => waitUntilCached(page, COURSES.at(-1)!.route);

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

  it('loads the service worker’s registration code after the page has loaded, not while the page starts', async () => {
    const {context, page, problems} = await openWatchedPage(browser, {viewport: {width: 390, height: 844}});
    try {
      // In the order the browser reports them: the scripts the page asks for, and its load event.
      const events: (string | Promise<boolean>)[] = [];
      page.on('load', () => events.push('load'));
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') {
          events.push(response.text().then((code) => code.includes('workbox:window')));
        }
      });
      await gotoHydrated(page, '/veiledere/kontor-og-administrasjon/');
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe('/');
      const order = await Promise.all(
        events.map(async (event) => (typeof event === 'string' ? event : (await event) ? 'workbox' : 'other')),
      );
      expect(order.filter((event) => event !== 'other')).toEqual(['load', 'workbox']);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reopens a visited lesson without a network, quiz included, and a guide reached by a link', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, LESSON);
      await waitUntilSaved(page);
      // Leaving while they are saved in the background would cut that short (it is tried again on the next visit).
      await waitUntilStartPagesSaved(page);

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

  it('answers a page never saved with a Norwegian offline page that links to the saved ones', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, LESSON);
      await waitUntilSaved(page);

      await context.setOffline(true);
      await page.goto(`${baseUrl()}/veiledere/ikt/`);
      await page.getByRole('heading', {level: 1, name: 'Du er uten nett'}).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('nb-NO');
      await page.getByRole('link', {name: 'Prøv igjen'}).waitFor();
      const lesson = getCourse('innkjopssamarbeid').lessons.find((l) => l.route === LESSON)!;
      await page.getByRole('list').getByRole('link', {name: lesson.title}).click();
      await page.getByRole('heading', {level: 1, name: exactly(lesson.title)}).waitFor();
    } finally {
      await context.close();
    }
  });

  it('opens a lesson never visited without a network once its course was saved with «Lagre hele kurset»', async () => {
    const course = getCourse('anskaffelsesprosessen');
    const lesson = course.lessons.at(-1)!;
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, course.route);
      await waitUntilSaved(page);
      await page.getByRole('button', {name: 'Lagre hele kurset for bruk uten nett'}).click();
      await page
        .getByRole('status')
        .filter({hasText: `Kurset er lagret. Alle ${course.lessons.length} leksjonene`})
        .waitFor({timeout: 30_000});
      expect(problems).toEqual({consoleErrors: [], failedRequests: []});

      await context.setOffline(true);
      await reloadOffline(page, baseUrl() + lesson.route, exactly(lesson.title));
      await page.getByRole('button', {name: 'Sjekk svarene'}).waitFor();
    } finally {
      await context.close();
    }
  });

  it('keeps the home page and the course overviews from the first visit to the home page', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/');
      await waitUntilStartPagesSaved(page);
      expect(problems).toEqual({consoleErrors: [], failedRequests: []});

      await context.setOffline(true);
      await page.goto(`${baseUrl()}/`, {waitUntil: 'load'});
      await page.getByRole('heading', {level: 1, name: 'Innkjøpsportalen'}).waitFor();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const course = COURSES[1]!;
      await reloadOffline(page, baseUrl() + course.route, exactly(course.title));
    } finally {
      await context.close();
    }
  });
});
