import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {formatFileSize} from '@site/src/lib/format';
import {EARLIER_VERSIONS_HEADING} from '@site/src/lib/templateHistory';
import {docxHeadings} from '../docxHeadings';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage, sitemapPaths} from './helpers';

describe('handbook templates in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('every template page offers a Word file whose headings match the page', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    let checked = 0;
    try {
      const page = await context.newPage();
      for (const pathname of sitemapPaths().filter((p) => p.startsWith('/handbok/'))) {
        await page.goto(baseUrl() + pathname);
        const download = page.getByRole('link', {name: /^Last ned som Word/});
        if ((await download.count()) === 0) continue;
        const href = (await download.getAttribute('href'))!;
        const response = await fetch(baseUrl() + href);
        expect(response.status, href).toBe(200);
        const pageHeadings = (await page.locator('article .markdown').first().locator('h1, h2, h3').allInnerTexts())
          .map((h) => h.replace(/\u200b/g, '').trim())
          .filter((h) => h !== EARLIER_VERSIONS_HEADING);
        const bytes = await response.arrayBuffer();
        // The button says how large the file it fetches is.
        // trim(): the icon before the label leaves a space in innerText.
        await expect(download.innerText().then((t) => t.trim())).resolves.toBe(
          `Last ned som Word (${formatFileSize(bytes.byteLength)})`,
        );
        expect(await docxHeadings(bytes), pathname).toEqual(pageHeadings);
        await expect(
          page.getByRole('link', {name: 'Versjonshistorikk og tidligere versjoner'}).getAttribute('href'),
        ).resolves.toBe('#versjonshistorikk');
        checked += 1;
      }
    } finally {
      await context.close();
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  // src/theme/DocItem/Content hands the metadata to the theme's component as children, which the theme renders
  // after its title: this fails if the theme's markup ever puts something between them or the metadata first.
  it.each(['/handbok/mandat/', '/veiledere/ikt/'])(
    '%s shows the document metadata right under the title',
    async (pathname) => {
      const context = await browser.newContext({javaScriptEnabled: false});
      try {
        const page = await context.newPage();
        await page.goto(baseUrl() + pathname);
        const content = page.locator('article .markdown').first();
        const title = await content.locator('h1').innerText();
        const firstLabel = await content
          .getByRole('definition')
          .first()
          .evaluate((dd) => dd.previousElementSibling!.textContent);
        const lines = (await content.innerText())
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        expect(lines.slice(0, 2)).toEqual([title, firstLabel]);
        await expect(content.locator('dl[aria-label="Om dokumentet"]').count()).resolves.toBe(1);
      } finally {
        await context.close();
      }
    },
  );

  it('prints a template without navigation, sidebar, search or the action buttons', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/handbok/prosess/kontraktsoppfolging/');
      await page.getByRole('button', {name: 'Skriv ut malen'}).waitFor();
      await page.emulateMedia({media: 'print'});
      for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.pagination-nav']) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      await expect(page.getByRole('button', {name: 'Skriv ut malen'}).isVisible()).resolves.toBe(false);
      await expect(page.locator('article h1').isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the technology checklist is used by keyboard, shows the gaps and remembers the answers', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/handbok/teknologi/');
      const group = page.getByRole('group', {name: 'Hvilken teknologistøtte har samarbeidet i dag?'});
      await group.getByRole('checkbox').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // the fifth tool: the e-commerce portal
      const summary = page.getByText(/Dere har \d av 6\./);
      await expect(summary.innerText()).resolves.toMatch(/^Dere har 2 av 6\./);
      await expect(page.locator('[aria-live="polite"] li').count()).resolves.toBe(4);
      await expect(page.locator('[aria-live="polite"]').innerText()).resolves.not.toContain(
        'Felles e-handels- eller bestillingsportal',
      );

      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.getByText(/Dere har 2 av 6\./).waitFor();
      await expect(
        group.getByRole('checkbox', {name: 'Felles e-handels- eller bestillingsportal'}).isChecked(),
      ).resolves.toBe(true);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
