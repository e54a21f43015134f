import type {Browser, Route} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {TEST_ALGOLIA} from '../../scripts/variants.mjs';
import NORWEGIAN from '../../i18n/nb/code.json';
import {gotoHydrated, launchBrowser, openWatchedPage, policyViolations, recordPolicyViolations} from './helpers';

// The build made with the three Algolia variables set (scripts/variants.mjs). The machine has no way out, so the
// test answers DocSearch's query itself; the browser still applies the site's Content-Security-Policy to it.
const site = () => inject('variantUrls').algolia!;
const ALGOLIA_HOSTS = /^https:\/\/testapp123-(dsn|\d)\.algolia(net)?\.(net|com)\//i;

const HIT = {
  objectID: 'avviksrapport-1',
  url: 'https://innkjop.example.no/handbok/prosess/avviksrapport/',
  type: 'lvl1',
  content: null,
  hierarchy: {
    lvl0: 'Håndbok',
    lvl1: 'Mal for avviksrapport',
    lvl2: null,
    lvl3: null,
    lvl4: null,
    lvl5: null,
    lvl6: null,
  },
  _highlightResult: {
    hierarchy: {
      lvl0: {value: 'Håndbok', matchLevel: 'none', matchedWords: []},
      lvl1: {value: 'Mal for <mark>avviksrapport</mark>', matchLevel: 'full', matchedWords: ['avviksrapport']},
    },
  },
};

function answerQueries(route: Route) {
  return route.fulfill({
    status: 200,
    contentType: 'application/json',
    headers: {'Access-Control-Allow-Origin': '*'},
    body: JSON.stringify({
      results: [
        {hits: [HIT], nbHits: 1, page: 0, nbPages: 1, hitsPerPage: 20, processingTimeMS: 1, query: 'avvik', params: ''},
      ],
    }),
  });
}

describe('the site with Algolia DocSearch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('sends a policy that lets DocSearch reach its own Algolia app and nothing else', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      const response = await page.goto(`${site()}/`);
      const csp = response!.headers()['content-security-policy']!;
      const connect = csp.split(';').find((d) => d.trim().startsWith('connect-src'))!;
      const app = TEST_ALGOLIA.ALGOLIA_APP_ID.toLowerCase();
      expect(connect).toContain(`https://${app}-dsn.algolia.net`);
      expect(connect).toContain(`https://${app}-1.algolianet.com`);
      expect(connect).not.toMatch(/\*/);
      // The local search's files are not part of this build.
      expect((await page.request.get(`${site()}/search-index.json`)).status()).toBe(404);
    } finally {
      await context.close();
    }
  });

  it('opens DocSearch from the navbar and shows what Algolia answers, under the site’s policy', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await recordPolicyViolations(context);
      const queries: string[] = [];
      await context.route(ALGOLIA_HOSTS, (route) => {
        queries.push(route.request().url());
        return answerQueries(route);
      });
      await gotoHydrated(page, '/handbok/', site());
      const button = page.locator('.DocSearch-Button');
      await button.waitFor();
      await button.click();
      const modal = page.locator('.DocSearch-Modal');
      const input = modal.locator('.DocSearch-Input');
      // DocSearch speaks Norwegian: the strings the theme leaves in English come from i18n/nb/code.json.
      expect(await input.getAttribute('placeholder')).toBe(
        NORWEGIAN['theme.SearchModal.searchBox.placeholderText'].message,
      );
      await input.fill('avvik');
      await modal.getByText('Mal for avviksrapport').first().waitFor();
      expect(queries.length).toBeGreaterThan(0);
      const violations = await policyViolations(page);
      // DocSearch bundles its own copy of zod, which probes once for eval (new Function) and falls back when the
      // policy refuses it; the site never allows eval. Anything else, such as a blocked connection, is a failure.
      expect(violations.filter((v) => v !== 'script-src eval')).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
