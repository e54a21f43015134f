import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, launchBrowser, openWatchedPage} from './helpers';
import {
  MUST_BE_TOP_THREE,
  SEARCH_PASS_SHARE,
  SEARCH_QUERIES,
  SEARCH_TOP,
  TOP_THREE,
  type SearchQuery,
} from './searchQueries';

/**
 * The results page runs the same worker, index and query handling as the navbar search, over the whole site.
 * Returns the paths of the results in the order shown, once the page has answered (results or none).
 */
async function resultPaths(page: Page, query: string): Promise<string[]> {
  await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(query)}`);
  // The count line («12 treff») or the no-results text says the search has answered.
  await page
    .getByText(/^(Ett|\d+) treff$|^Fant ingen sider/)
    .first()
    .waitFor();
  const hrefs = await page.locator('article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return hrefs.map((href) => new URL(href ?? '', 'http://x').pathname);
}

type Outcome = SearchQuery & {top: string[]; passed: boolean};

describe('search answers the words readers type', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it(`puts the expected page in the first ${SEARCH_TOP} results for at least ${SEARCH_PASS_SHARE * 100} % of the queries`, async () => {
    const {context, page} = await openWatchedPage(browser, {serviceWorkers: 'block'});
    const outcomes: Outcome[] = [];
    try {
      for (const q of SEARCH_QUERIES) {
        const top = (await resultPaths(page, q.query)).slice(0, SEARCH_TOP);
        outcomes.push({...q, top, passed: top.includes(q.expect)});
      }
    } finally {
      await context.close();
    }
    const failures = outcomes.filter((o) => !o.passed);
    const share = (outcomes.length - failures.length) / outcomes.length;
    const report = failures
      .map((f) => `  «${f.query}» (${f.who}): want ${f.expect}, got ${f.top.length ? f.top.join(', ') : 'no results'}`)
      .join('\n');
    console.info(
      `Search quality: ${outcomes.length - failures.length} of ${outcomes.length} queries ` +
        `(${Math.round(share * 100)} %) put the expected page in the top ${SEARCH_TOP}.` +
        (failures.length ? `\nMisses:\n${report}` : ''),
    );
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
    const notTopThree = MUST_BE_TOP_THREE.map((query) => outcomes.find((o) => o.query === query)!).filter(
      (o) => !o.top.slice(0, TOP_THREE).includes(o.expect),
    );
    expect(notTopThree.map((o) => `«${o.query}»: ${o.top.join(', ')}`)).toEqual([]);
    expect(share, `${failures.length} misses (listed above)`).toBeGreaterThanOrEqual(SEARCH_PASS_SHARE);
  }, 300_000);
});
