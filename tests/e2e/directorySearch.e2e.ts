import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {gotoHydrated, launchBrowser, openWatchedPage} from './helpers';

const SEARCH = 'Søk etter samarbeid, forkortelse eller kommune';

describe('searching the directory for a municipality', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('answers «Hornindal» with what the county overview says, from a shared address', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/samarbeid/?q=Hornindal');
      const main = page.getByRole('main');
      await expect(page.getByLabel(SEARCH).inputValue()).resolves.toBe('Hornindal');
      const heading = {name: 'Dette sier kartleggingen om «Hornindal»'};
      await main.getByRole('heading', heading).waitFor();
      // `has` is looked up inside each section, so it names the heading without the page around it; the last
      // section holding it is the innermost, the answer itself.
      const notes = main.locator('section', {has: page.getByRole('heading', heading)}).last();
      await expect(notes.innerText()).resolves.toMatch(
        /Sogn og Fjordane \(i dag Vestland\):[^\n]*SFFI[^\n]*Hornindal er den eneste kommunen/,
      );
      await expect(notes.innerText()).resolves.toMatch(/Volda/);
      await expect(main.getByText(/Ingen samarbeid har «Hornindal» i navnet/).count()).resolves.toBe(1);
      await expect(main.getByRole('list', {name: 'Kartlagte samarbeid'}).count()).resolves.toBe(0);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds a cooperation by a member the annex names, and keeps the search in the address', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/samarbeid/');
      await page.getByLabel(SEARCH).fill('Skaun');
      const list = page.getByRole('main').getByRole('list', {name: 'Kartlagte samarbeid'});
      await expect(list.getByRole('listitem').innerText()).resolves.toMatch(/Melhus og Skaun[\s\S]*Skaun kommune/);
      expect(new URL(page.url()).search).toBe('?q=Skaun');
    } finally {
      await context.close();
    }
  });

  it('for a name the report does not mention, says why and points to the county overview', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/samarbeid/?q=Gulen');
      const main = page.getByRole('main');
      const message = main.getByText(/Kartleggingen listet ikke opp medlemmene i de fleste samarbeidene/);
      await message.waitFor();
      await expect(message.innerText()).resolves.toMatch(/bare \d+ av 96 har medlemmer nevnt ved navn/);
      await message.getByRole('link', {name: 'oversikten per fylke'}).click();
      await page.waitForFunction(() => location.hash === '#fylker');
    } finally {
      await context.close();
    }
  });

  it('explains filters that cannot both be true', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/samarbeid/?medlem=kommuner&sektor=statlig');
      await expect(
        page
          .getByRole('main')
          .getByText(/Filtrene utelukker hverandre/)
          .innerText(),
      ).resolves.toContain('I statlig sektor har samarbeidene bare statlige virksomheter som medlemmer.');
    } finally {
      await context.close();
    }
  });
});
