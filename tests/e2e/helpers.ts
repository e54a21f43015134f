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

/** Docusaurus marks <html data-has-hydrated="true"> once React has taken over the server HTML. */
export async function gotoHydrated(page: Page, pathname: string): Promise<void> {
  await page.goto(baseUrl() + pathname, {waitUntil: 'load'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
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
