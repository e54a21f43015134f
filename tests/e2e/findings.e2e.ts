import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage} from './helpers';

describe('cooperation directory', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('filters by free text and sector, keeps the filter in a shareable URL', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/samarbeid/');
      const status = page.getByRole('main').getByRole('status');
      await expect(status.innerText()).resolves.toBe('Viser 96 av 96 samarbeid');

      await page.getByLabel('Søk etter samarbeid, forkortelse eller kommune').fill('orik');
      await expect(status.innerText()).resolves.toBe('Viser 1 av 96 samarbeid');
      await expect(
        page.getByRole('list', {name: 'Kartlagte samarbeid'}).getByRole('listitem').first().innerText(),
      ).resolves.toContain('Øvre Romerike innkjøpssamarbeid');
      expect(new URL(page.url()).search).toBe('?q=orik');

      await page.getByLabel('Søk etter samarbeid, forkortelse eller kommune').fill('');
      await page.getByLabel('Sektor').selectOption('statlig');
      await expect(status.innerText()).resolves.toBe('Viser 22 av 96 samarbeid');
      const shared = page.url();
      expect(new URL(shared).search).toBe('?sektor=statlig');

      // Someone opening the shared link sees the same view.
      const other = await context.newPage();
      await other.goto(shared);
      await other.waitForSelector('html[data-has-hydrated="true"]');
      await expect(other.getByLabel('Sektor').inputValue()).resolves.toBe('statlig');
      await expect(other.getByRole('main').getByRole('status').innerText()).resolves.toBe('Viser 22 av 96 samarbeid');

      await page.getByRole('button', {name: 'Nullstill'}).click();
      await expect(status.innerText()).resolves.toBe('Viser 96 av 96 samarbeid');
      expect(new URL(page.url()).search).toBe('');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('can be used by keyboard alone', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/samarbeid/');
      await page.getByLabel('Søk etter samarbeid, forkortelse eller kommune').focus();
      await page.keyboard.type('btv');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
        await page.getByLabel('Har som medlem').getAttribute('id'),
      );
      await expect(page.getByRole('main').getByRole('status').innerText()).resolves.toBe('Viser 1 av 96 samarbeid');
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the directory lists all 96 cooperations and the county table', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/samarbeid/`);
      await expect(page.locator('main ul li').count()).resolves.toBe(96);
      await expect(
        page
          .getByRole('table', {name: /per fylke/})
          .locator('tbody tr')
          .count(),
      ).resolves.toBe(18);
    } finally {
      await context.close();
    }
  });

  it('a chart comes with its data table and source', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/handbok/funn/svakheter/`);
      const figure = page.getByRole('figure', {name: 'Svakheter ved innkjøpssamarbeid'});
      await expect(figure.locator('[data-chart="svakheter"] svg rect').count()).resolves.toBe(5);
      const table = page.getByRole('table', {name: 'Tabell: Svakheter ved innkjøpssamarbeid'});
      await expect(table.getByRole('row', {name: /Svak forankring/}).innerText()).resolves.toMatch(/37\s%/);
      await expect(figure.getByRole('link', {name: 'Kartleggingen 2018, figur 13'}).getAttribute('href')).resolves.toBe(
        '/handbok/funn/kilder/#svakheter',
      );
    } finally {
      await context.close();
    }
  });

  it('every source link leads to an entry in the source index', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/handbok/funn/kilder/`);
      // The heading's anchor link adds a zero-width space after the text.
      await expect(page.locator('h3#svakheter').innerText()).resolves.toMatch(/^Svakheter ved innkjøpssamarbeid/);
      await expect(page.locator('h2#figur-22').innerText()).resolves.toContain('Figur 22');
    } finally {
      await context.close();
    }
  });
});
