import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage} from './helpers';

describe('«Passer dette for samarbeid?» in a guide', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('can be answered with the keyboard alone, and announces the recommendation', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/veiledere/ikt/');
      const firstRadio = page
        .getByRole('group', {name: 'Hvor like er behovene og kravene hos medlemmene?'})
        .getByRole('radio')
        .first();
      await firstRadio.focus();
      // Space selects the focused radio; Tab moves to the next group, arrow keys move within one.
      await page.keyboard.press('Space'); // Stort sett like
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // Nasjonalt marked
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // Lite
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // Lite viktig
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown'); // Delvis
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Vis anbefaling');
      await page.keyboard.press('Enter');

      const result = page.locator('[aria-live="polite"]').filter({hasText: 'Anbefaling:'});
      await expect(result.locator('p').first().innerText()).resolves.toBe('Anbefaling: Kjøp sammen');
      await expect(result.locator('li').count()).resolves.toBe(5);
      // Focus moves to the result, so a screen reader user lands on it.
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-live'))).resolves.toBe('polite');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is on every guide, with the questions readable without JavaScript', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      for (const id of [
        'ikt',
        'kontor-og-administrasjon',
        'reise',
        'bygg-og-anlegg',
        'eiendom',
        'frakt-og-transport',
        'kompetanse-og-personal',
        'fremmede-tjenester',
      ]) {
        await page.goto(`${baseUrl()}/veiledere/${id}/`);
        await expect(page.getByRole('group').count(), id).resolves.toBe(5);
        await expect(page.getByRole('heading', {name: 'Relevante maler og kurs'}).count(), id).resolves.toBe(1);
      }
    } finally {
      await context.close();
    }
  });
});
