import ExcelJS from 'exceljs';
import {readFile} from 'node:fs/promises';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DIMENSIONS} from '@site/src/data/maturity';
import {gotoHydrated, launchBrowser, openWatchedPage} from './helpers';

describe('savings calculator', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('handles bad input at the field, exports the report as xlsx with live formulas and as CSV', async () => {
    const {context, page, problems} = await openWatchedPage(browser, {acceptDownloads: true});
    try {
      await gotoHydrated(page, '/handbok/gevinstmaling/');
      const line1 = page.getByRole('group', {name: /Linje 1/});
      await line1.getByLabel('Vare eller tjeneste').fill('Kopipapir A4');
      await line1.getByLabel('Gammel enhetspris (kr)').fill('45,50');
      await line1.getByLabel('Ny enhetspris (kr)').fill('38');
      await line1.getByLabel('Forventet volum').fill('1 200');
      await line1.getByLabel('Andel kjøpt på avtalen (%)').fill('80');

      await page.getByRole('button', {name: 'Legg til linje'}).click();
      const line2 = page.getByRole('group', {name: /Linje 2/});
      await line2.getByLabel('Vare eller tjeneste').fill('Stoler');
      await line2.getByLabel('Gammel enhetspris (kr)').fill('tusen');
      await line2.getByLabel('Ny enhetspris (kr)').fill('800.5');
      await line2.getByLabel('Forventet volum').fill('-2');
      await line2.getByText('Skriv bare tall, for eksempel 1 234,50.').waitFor();
      await line2.getByText('Tallet kan ikke være negativt.').waitFor();
      await expect(line2.getByLabel('Gammel enhetspris (kr)').getAttribute('aria-invalid')).resolves.toBe('true');

      const totals = page.getByRole('region', {name: 'Sum'});
      await expect(totals.innerText()).resolves.toMatch(/Potensiell besparelse\s*9\s000,00\skr/);
      expect(await page.locator('body').innerText()).not.toContain('NaN');

      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'Last ned Excel (.xlsx)'}).click(),
      ]);
      expect(xlsx.suggestedFilename()).toMatch(/^gevinstrapport-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      // exceljs types a Buffer from an older @types/node than this project's.
      await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('Gevinstrapport')!;
      expect(sheet.getCell('A2').value).toBe('Kopipapir A4');
      expect(sheet.getCell('D2').value).toBe(1200);
      expect(sheet.getCell('F2').value).toEqual({formula: 'ROUND((B2-C2)*D2,2)', result: 9000});
      expect(sheet.getCell('G2').value).toEqual({formula: 'ROUND(F2*E2,2)', result: 7200});
      expect(sheet.getCell('A3').value).toBe('Sum');
      await page.getByText(/lastet ned som Excel\. 1 linje\(r\) med feil er ikke tatt med\./).waitFor();

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'Last ned CSV'}).click(),
      ]);
      const text = await readFile((await csv.path())!, 'utf8');
      expect(text.replace(/^\ufeff/, '').split('\r\n')[1]).toBe(
        // Inputs as typed (45,50 is the number 45,5), money to the øre.
        'Kopipapir A4;45,5;38;1200;80;9000,00;7200,00;1800,00',
      );

      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(
        page
          .getByRole('group', {name: /Linje 2/})
          .getByLabel('Gammel enhetspris (kr)')
          .inputValue(),
      ).resolves.toBe('tusen');
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('maturity self-assessment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('is completed with the keyboard, gives levels, recommendations and a table, and compares with a saved one', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/handbok/modenhet/');
      // One area at a time: each statement is a radio group; focus its first option, arrow to the level wanted.
      for (const [areaIndex, dimension] of DIMENSIONS.entries()) {
        await page
          .getByRole('heading', {name: `Område ${areaIndex + 1} av ${DIMENSIONS.length} ${dimension.name}`})
          .waitFor();
        const level = areaIndex === 0 ? 1 : 3; // the first dimension scores lowest
        for (const statement of dimension.statements) {
          const group = page.getByRole('group', {name: statement.text, exact: true});
          await group.getByRole('radio').first().focus();
          if (level === 1) await page.keyboard.press('Space');
          for (let i = 1; i < level; i++) await page.keyboard.press('ArrowDown');
        }
        await page.getByText(`Resultat for ${dimension.name.toLowerCase()}:`).waitFor();
        const next = DIMENSIONS[areaIndex + 1];
        if (next) {
          await page.getByRole('button', {name: `Neste område: ${next.name} →`}).press('Enter');
          // The area's heading takes focus, so a keyboard user goes on from the top of the new area.
          await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(next.name);
        }
      }
      await page.getByRole('button', {name: 'Se resultatet'}).press('Enter');
      await page.getByText(/^Samlet nivå: /).waitFor();
      await expect(page.getByText(/^Samlet nivå: /).innerText()).resolves.toMatch(
        /Samlet nivå: 2,8 av 5 – Under utvikling\./,
      );
      const table = page.getByRole('table', {name: 'Tabell: poeng og nivå per område'});
      await expect(table.getByRole('row', {name: new RegExp(DIMENSIONS[0]!.name)}).innerText()).resolves.toMatch(
        /1,0\s+Grunnleggende/,
      );
      const recommendation = page.locator('ol li').filter({hasText: DIMENSIONS[0]!.recommendation.text.slice(0, 30)});
      await expect(recommendation.first().innerText()).resolves.toContain(DIMENSIONS[0]!.name);

      await page.getByRole('button', {name: 'Lagre vurderingen'}).click();
      await page.getByText(/Vurderingen er lagret/).waitFor();
      // Improve the first dimension and compare with the saved assessment.
      await page.getByText('Alle områdene', {exact: true}).click();
      await page.getByRole('button', {name: DIMENSIONS[0]!.name, exact: true}).click();
      for (const statement of DIMENSIONS[0]!.statements) {
        await page.getByRole('group', {name: statement.text, exact: true}).getByRole('radio').nth(3).check();
      }
      await page.getByLabel('Sammenlign med en tidligere lagret vurdering').selectOption({index: 1});
      await expect(table.getByRole('row', {name: new RegExp(DIMENSIONS[0]!.name)}).innerText()).resolves.toMatch(
        /\+3,0/,
      );

      // A reload opens the same area with its answers.
      expect(new URL(page.url()).searchParams.get('omrade')).toBe('1');
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.getByRole('heading', {name: `Område 1 av ${DIMENSIONS.length} ${DIMENSIONS[0]!.name}`}).waitFor();
      const firstGroup = page.getByRole('group', {name: DIMENSIONS[0]!.statements[0]!.text, exact: true});
      await expect(firstGroup.getByRole('radio').nth(3).isChecked()).resolves.toBe(true);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
