import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  baseUrl,
  gotoHydrated,
  launchBrowser,
  openWatchedPage,
  policyViolations,
  recordPolicyViolations,
  sitemapPaths,
} from './helpers';

describe('robustness', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('every page can be read with JavaScript turned off', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      for (const pathname of sitemapPaths()) {
        const response = await page.goto(baseUrl() + pathname);
        expect(response?.status(), pathname).toBe(200);
        await expect(page.locator('h1').count(), pathname).resolves.toBe(1);
        // The page's own content, including what <noscript> says when a feature needs JavaScript.
        const text = await page.evaluate(() =>
          [...document.querySelectorAll('.main-wrapper, noscript')].map((el) => el.textContent ?? '').join(' '),
        );
        expect(text.trim().length, pathname).toBeGreaterThan(30);
      }
    } finally {
      await context.close();
    }
  });

  it('a script in the search query is shown as text and never runs', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    try {
      const query = '<script>alert(1)</script>';
      await gotoHydrated(page, `/search/?q=${encodeURIComponent(query)}`);
      await page.getByRole('heading', {level: 1, name: `Søkeresultater for «${query}»`}).waitFor();
      await page.waitForTimeout(300);
      expect(dialogs).toBe(0);
      await expect(page.evaluate(() => document.querySelectorAll('main script, article script').length)).resolves.toBe(
        0,
      );
      expect(problems.consoleErrors).toEqual([]);

      await gotoHydrated(page, `/samarbeid/?q=${encodeURIComponent('"><img src=x onerror=alert(2)>')}`);
      await page.getByRole('main').getByRole('status').waitFor();
      expect(dialogs).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('pages are served under a Content-Security-Policy that the site works under and that blocks injected scripts', async () => {
    const response = await fetch(`${baseUrl()}/kurs/innkjopssamarbeid/hvorfor-samarbeide/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await recordPolicyViolations(context);
      await gotoHydrated(page, '/kurs/innkjopssamarbeid/hvorfor-samarbeide/');
      await page.getByRole('button', {name: 'Sjekk svarene'}).click();
      await page.getByText(/Du fikk 0 av/).waitFor();
      expect(problems.consoleErrors).toEqual([]);
      // Not even a refused probe: the lesson's own code asks for nothing the policy forbids.
      await expect(policyViolations(page)).resolves.toEqual([]);

      const blocked = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            document.addEventListener('securitypolicyviolation', () => resolve(true), {once: true});
            const script = document.createElement('script');
            script.textContent = 'window.__injected = true;';
            document.body.appendChild(script);
            setTimeout(() => resolve(false), 1000);
          }),
      );
      expect(blocked).toBe(true);
      await expect(
        page.evaluate(() => (window as unknown as {__injected?: boolean}).__injected),
      ).resolves.toBeUndefined();
    } finally {
      await context.close();
    }
  });
});
