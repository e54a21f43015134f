import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage, typeInNavbarSearch} from './helpers';

describe('Norwegian search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('finds a page that only has the singular when the plural is searched ("anskaffelser" → "anskaffelse")', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      // The premise: /om/ says "anskaffelse" and never "anskaffelser".
      await gotoHydrated(page, '/om/');
      const aboutText = (await page.locator('article, main').first().innerText()).toLowerCase();
      expect(aboutText).toMatch(/\banskaffelse\b/);
      expect(aboutText).not.toContain('anskaffelser');

      await gotoHydrated(page, '/search/?q=anskaffelser');
      await page.getByRole('heading', {level: 1, name: 'Søkeresultater for «anskaffelser»'}).waitFor();
      await page.locator(`a[href^="/om/"]`).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows the right page for a query with ø, typed in the navbar search, and opens it', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/');
      const listbox = await typeInNavbarSearch(page, 'avviksrapport');
      await expect(listbox.getByRole('option').first().innerText()).resolves.toContain('Mal for avviksrapport');

      await page.getByLabel('Søk', {exact: true}).fill('');
      const results = await typeInNavbarSearch(page, 'kontraktsoppfølging');
      await expect(results.innerText()).resolves.toMatch(/kontraktsoppfølging/i);

      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname !== '/');
      await expect(page.getByRole('heading', {level: 1}).innerText()).resolves.not.toBe('');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('matches titles with æ, ø and å regardless of case', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/');
      const listbox = await typeInNavbarSearch(page, 'HÅNDBOKA');
      await expect(listbox.innerText()).resolves.toContain('Håndboka for innkjøpssamarbeid');
    } finally {
      await context.close();
    }
  });

  it('loads the search bar when the reader reaches for it, and keeps every key typed while it loads', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    const searchChunks: string[] = [];
    page.on('request', (request) => {
      if (/search-index/.test(request.url())) searchChunks.push(request.url());
    });
    try {
      await gotoHydrated(page, '/handbok/');
      expect(searchChunks).toEqual([]);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('avviksrapport', {delay: 15});
      const listbox = page.getByRole('listbox');
      await listbox.getByRole('option').first().waitFor();
      await expect(page.getByLabel('Søk', {exact: true}).inputValue()).resolves.toBe('avviksrapport');
      await expect(listbox.getByRole('option').first().innerText()).resolves.toContain('Mal for avviksrapport');
      expect(searchChunks.length).toBeGreaterThan(0);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('answers /search?q= with a results page in Norwegian', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('innkjøpssamarbeid')}`);
      await page.getByRole('heading', {level: 1, name: 'Søkeresultater for «innkjøpssamarbeid»'}).waitFor();
      await expect(
        page
          .getByText(/\d+ treff/)
          .first()
          .innerText(),
      ).resolves.toMatch(/^\d+ treff$/);
      await expect(page.locator('input[type="search"]').getAttribute('aria-label')).resolves.toBe(
        'Søk i Innkjøpsportalen',
      );
    } finally {
      await context.close();
    }
  });
});

/** The date of the newest change-log post in blog/ (its file name starts with it). */
function newestPostDate(): string {
  const dir = path.resolve(__dirname, '../../blog');
  return readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}-/.test(f))
    .sort()
    .at(-1)!
    .slice(0, 10);
}

describe('news feeds', () => {
  it.each(['rss.xml', 'atom.xml'])('/nyheter/%s carries the change log in Norwegian', async (file) => {
    const response = await fetch(`${baseUrl()}/nyheter/${file}`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml/);
    // The feed carries the newest changes: an entry dated like the newest post.
    const newest = newestPostDate();
    expect(xml).toContain(
      file === 'rss.xml' ? new Date(`${newest}T12:00:00Z`).toUTCString().slice(0, 16) : `${newest}T`,
    );
    if (file === 'rss.xml') expect(xml).toContain('<language>nb-NO</language>');
  });
});

describe('search index per part of the site', () => {
  it('a reader in a guide downloads only the guides index, and still finds guides with Norwegian stemming', async () => {
    const browser = await launchBrowser();
    const {context, page} = await openWatchedPage(browser);
    const indexes: string[] = [];
    page.on('request', (request) => {
      const match = new URL(request.url()).pathname.match(/^\/(search-index[^/]*\.json)$/);
      if (match) indexes.push(match[1]!);
    });
    try {
      await gotoHydrated(page, '/veiledere/reise/');
      const listbox = await typeInNavbarSearch(page, 'reisebyråer');
      await expect(listbox.innerText()).resolves.toMatch(/reise/i);
      expect(indexes).toEqual(['search-index-veiledere.json']);
    } finally {
      await context.close();
      await browser.close();
    }
  });
});

describe('navbar search without its script', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('falls back to the search page when the search bar cannot be loaded', async () => {
    // With the service worker out of the way, the test sees the page's own requests.
    const {context, page} = await openWatchedPage(browser, {serviceWorkers: 'block'});
    try {
      await gotoHydrated(page, '/veiledere/');
      // A connection that drops after the page has loaded: the search bar's script never arrives.
      await page.route('**/assets/js/**', (route) => route.abort('internetdisconnected'));
      const input = page.getByLabel('Søk', {exact: true});
      await input.click();
      await page.getByRole('status').filter({hasText: 'Søket kunne ikke lastes'}).waitFor();
      await input.fill('rammeavtale');
      await input.press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'rammeavtale');
    } finally {
      await context.close();
    }
  });
});
