import {readFileSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page, type Request} from 'playwright-core';
import {inject} from 'vitest';
import {STORAGE_KEY} from '@site/src/lib/progressStore';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './browser.mjs';

export const baseUrl = (): string => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
}

/** Paths of every page in the built sitemap, in the order the sitemap lists them. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.resolve(__dirname, '../../build/sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Docusaurus prefetches the chunks of links in view; leaving the page cancels those still in flight.
 * That is the browser giving up on a guess, not a request that failed (a missing chunk still shows as a 404).
 */
function isAbandonedPrefetch(request: Request): boolean {
  return (
    request.failure()?.errorText === 'net::ERR_ABORTED' &&
    request.headers()['sec-purpose']?.startsWith('prefetch') === true
  );
}

export type PageProblems = {consoleErrors: string[]; failedRequests: string[]};

/** A page that records console errors, uncaught exceptions and failed requests. */
export async function openWatchedPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{context: BrowserContext; page: Page; problems: PageProblems}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, ...options});
  const page = await context.newPage();
  const problems: PageProblems = {consoleErrors: [], failedRequests: []};
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => {
    if (!isAbandonedPrefetch(request))
      problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return {context, page, problems};
}

/**
 * Docusaurus marks <html data-has-hydrated="true"> once React has taken over the server HTML.
 * `site` is the address of the build under test, sub-path included: the default build unless given.
 */
export async function gotoHydrated(page: Page, pathname: string, site = baseUrl()): Promise<void> {
  await page.goto(site + pathname, {waitUntil: 'load'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

type WithViolations = {cspViolations?: string[]};

/** Records every Content-Security-Policy violation in the context's pages, as "directive blocked-URI". */
export async function recordPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as WithViolations).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

export function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as WithViolations).cspViolations ?? []);
}

/** Types into the navbar search and waits for its suggestions. */
export async function typeInNavbarSearch(page: Page, query: string) {
  // A plain field until focused; then the search bar loads and its autocomplete library makes the field a combobox.
  // Waiting for that keeps letters the keyboard cannot type (å, sent as inserted text) from arriving mid-swap.
  const input = page.getByLabel('Søk', {exact: true});
  await input.click();
  await page.getByRole('combobox', {name: 'Søk', exact: true}).waitFor();
  await input.pressSequentially(query, {delay: 20});
  const listbox = page.getByRole('listbox');
  await listbox.getByRole('option').first().waitFor();
  return listbox;
}

const READY_OFFLINE = 'Klar for bruk uten nett';

/** Waits for the page's line saying it is kept for reading offline. */
export async function waitUntilSaved(page: Page) {
  await page.locator('[data-offline-status="saved"]').filter({hasText: READY_OFFLINE}).waitFor({timeout: 30_000});
}

/**
 * Opens `url` with the network gone and waits until the page has hydrated and says so:
 * the offline line is rendered by React, so it is only there once the page's scripts came from the cache too.
 */
export async function reloadOffline(page: Page, url: string, heading: RegExp) {
  await page.goto(url, {waitUntil: 'load'});
  await page.getByRole('heading', {level: 1, name: heading}).waitFor();
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page
    .locator('[data-offline-status="offline"]')
    .filter({hasText: 'Du er uten nett.'})
    .waitFor({timeout: 10_000});
}

/**
 * Puts `value` in the site's progress storage before the first page of the
 * context loads, once, so later reloads see what the page itself stored.
 */
export async function seedProgressOnce(context: BrowserContext, value: unknown): Promise<void> {
  await context.addInitScript(
    ([key, json]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, json);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, JSON.stringify(value)] as const,
  );
}
