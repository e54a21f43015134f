import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage, typeInNavbarSearch} from './helpers';

describe('navigation between the instances', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('takes a desktop reader from the landing page to each instance through the navbar', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/');
      const navbar = page.getByRole('navigation', {name: 'Hovedmeny'});
      const stops = [
        {link: 'Håndbok', path: '/handbok/', heading: 'Håndboka for innkjøpssamarbeid'},
        {link: 'Veiledere', path: '/veiledere/', heading: 'Kategoriveiledere'},
        {link: 'Kurs', path: '/kurs/', heading: 'Kurs'},
        {link: 'Nyheter', path: '/nyheter/', heading: 'Nyheter og endringslogg'},
      ];
      for (const stop of stops) {
        await navbar.getByRole('link', {name: stop.link, exact: true}).click();
        await page.waitForURL(baseUrl() + stop.path);
        await page.getByRole('heading', {level: 1, name: stop.heading, exact: true}).waitFor();
      }
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('follows the landing page’s three ways in', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      for (const [linkText, path] of [
        ['Gå til veilederne', '/veiledere/'],
        ['Se kursene', '/kurs/'],
        ['Åpne håndboka', '/handbok/'],
      ] as const) {
        await gotoHydrated(page, '/');
        await page.getByRole('link', {name: linkText}).click();
        await page.waitForURL(baseUrl() + path);
      }
    } finally {
      await context.close();
    }
  });

  it('lets a phone reader open the menu by keyboard and reach a course lesson', async () => {
    const {context, page} = await openWatchedPage(browser, {
      viewport: {width: 390, height: 844},
      isMobile: true,
      hasTouch: true,
    });
    try {
      await gotoHydrated(page, '/');
      const toggle = page.getByRole('button', {name: 'Åpne eller lukk menyen'});
      await toggle.focus();
      await page.keyboard.press('Enter');
      await page.locator('.navbar-sidebar').getByRole('link', {name: 'Kurs', exact: true}).click();
      await page.waitForURL(baseUrl() + '/kurs/');
      await page
        .getByRole('link', {name: /Innkjøpssamarbeid – grunnkurs/})
        .first()
        .click();
      await page.waitForURL(baseUrl() + '/kurs/innkjopssamarbeid/');
      await page.getByRole('heading', {level: 1, name: 'Innkjøpssamarbeid – grunnkurs'}).waitFor();
    } finally {
      await context.close();
    }
  });

  it.each([320, 390])(
    'at %i px shows the whole site name, a trail of at most two lines with the part named, and wrapped suggestions',
    async (width) => {
      const {context, page} = await openWatchedPage(browser, {viewport: {width, height: 800}});
      try {
        await gotoHydrated(page, '/handbok/prosess/handlingsplan-kontraktsoppfolging/');
        const title = page.locator('.navbar__inner .navbar__title');
        await expect(title.innerText()).resolves.toBe('Innkjøpsportalen');
        await expect(title.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);

        const trail = page.locator('.theme-doc-breadcrumbs');
        await expect(trail.getByRole('link', {name: 'Håndbok', exact: true}).getAttribute('href')).resolves.toBe(
          '/handbok/',
        );
        const lines = await trail
          .locator('.breadcrumbs__item')
          .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
        expect(lines).toBeLessThanOrEqual(2);

        const listbox = await typeInNavbarSearch(page, 'kontraktsoppfølging');
        const clipped = await listbox
          .locator('[class*="hitTitle_"], [class*="hitPath_"]')
          .evaluateAll((els) =>
            els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent ?? ''),
          );
        expect(clipped).toEqual([]);
        // Each suggestion grows with its wrapped lines instead of letting them spill over the next one.
        const overflowing = await listbox
          .getByRole('option')
          .evaluateAll((options) => options.filter((o) => o.scrollHeight > o.clientHeight + 1).length);
        expect(overflowing).toBe(0);
        // The open field lies over the navbar; it does not squeeze the site's name.
        await expect(title.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
        const right = await listbox.evaluate((el) => el.getBoundingClientRect().right);
        expect(right).toBeLessThanOrEqual(width);
      } finally {
        await context.close();
      }
    },
  );
});
