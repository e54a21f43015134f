import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseUrl, gotoHydrated, launchBrowser, openWatchedPage} from './helpers';

/**
 * A batch of `<link rel=prefetch>` elements (one MutationObserver call), whether the page had loaded, and the
 * beat it came in: a timer loop counts beats, so batches on the same beat came without a timer task between.
 */
type PrefetchBatch = {links: number; afterLoad: boolean; beat: number};

/** Records the prefetch links Docusaurus adds. */
async function recordPrefetchBatches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const batches: PrefetchBatch[] = [];
    (window as unknown as {prefetchBatches: PrefetchBatch[]}).prefetchBatches = batches;
    let loaded = false;
    window.addEventListener('load', () => (loaded = true));
    let beat = 0;
    const nextBeat = (): void => {
      beat += 1;
      setTimeout(nextBeat, 10);
    };
    nextBeat();
    // Observed from the document: the init script runs before there is an <html> element.
    new MutationObserver((records) => {
      const links = records
        .flatMap((record) => [...record.addedNodes])
        .filter((node) => node instanceof HTMLLinkElement && node.rel === 'prefetch').length;
      if (links > 0) batches.push({links, afterLoad: loaded, beat});
    }).observe(document, {childList: true, subtree: true});
  });
}

const prefetchBatches = (page: Page): Promise<PrefetchBatch[]> =>
  page.evaluate(() => (window as unknown as {prefetchBatches: PrefetchBatch[]}).prefetchBatches);

/** The number of batches once a second has passed without a new one. */
async function settledBatchCount(page: Page): Promise<number> {
  let count = (await prefetchBatches(page)).length;
  for (;;) {
    await page.waitForTimeout(1000);
    const now = (await prefetchBatches(page)).length;
    if (now === count) return count;
    count = now;
  }
}

/**
 * Records the elements React renders again after its first commit (hydration): the elements whose props React
 * replaced, whether or not the DOM changed. The page gets the hook React's developer tools use, which React calls
 * with every commit, production builds included.
 */
async function recordRenderedAgain(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const lastProps = new WeakMap<object, unknown>();
    const again = new Set<Element>();
    let commits = 0;
    type Fiber = {
      type: unknown;
      memoizedProps: unknown;
      stateNode: unknown;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
    };
    (window as unknown as {renderedAgain: Set<Element>}).renderedAgain = again;
    (window as unknown as {__REACT_DEVTOOLS_GLOBAL_HOOK__: object}).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onCommitFiberRoot(_renderer: number, root: {current: Fiber}) {
        commits += 1;
        const walk = (first: Fiber | null): void => {
          for (let fiber = first; fiber; fiber = fiber.sibling) {
            const key = lastProps.has(fiber) || !fiber.alternate ? fiber : fiber.alternate;
            const before = lastProps.get(key);
            if (commits > 1 && typeof fiber.type === 'string' && lastProps.has(key) && before !== fiber.memoizedProps) {
              again.add(fiber.stateNode as Element);
            }
            lastProps.set(fiber, fiber.memoizedProps);
            if (fiber.alternate) lastProps.set(fiber.alternate, fiber.memoizedProps);
            walk(fiber.child);
          }
        };
        walk(root.current.child);
      },
    };
  });
}

/** The elements inside `region` rendered again since the page started, each as its tag and the start of its text. */
const renderedAgainIn = (page: Page, region: string, except = ':not(*)'): Promise<string[]> =>
  page.evaluate(
    ([region, except]) =>
      [...(window as unknown as {renderedAgain: Set<Element>}).renderedAgain]
        .filter((element) => element.isConnected && element.closest(region) && !element.closest(except))
        .map((element) => `<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').slice(0, 40)}`),
    [region, except] as const,
  );

describe('fetching the pages links point to', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('with a mouse: fetches the pages that links in view point to only after load, a page at a time', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await recordPrefetchBatches(page);
      await gotoHydrated(page, '/handbok/prosess/konkurranse/');
      // The links in view are the menu, the breadcrumbs and the text's own links: over a dozen pages, a few
      // dozen files each, which Docusaurus alone adds in one task.
      await expect.poll(async () => (await prefetchBatches(page)).length, {timeout: 15_000}).toBeGreaterThan(0);
      await settledBatchCount(page);
      const batches = await prefetchBatches(page);
      expect(batches.every((batch) => batch.afterLoad)).toBe(true);
      const linksPerBeat = new Map<number, number>();
      for (const batch of batches) linksPerBeat.set(batch.beat, (linksPerBeat.get(batch.beat) ?? 0) + batch.links);
      const links = [...linksPerBeat.values()].reduce((sum, count) => sum + count, 0);
      expect(links).toBeGreaterThan(150);
      // An idle moment may hold a few pages' turns, never the whole view's.
      expect(Math.max(...linksPerBeat.values())).toBeLessThan(links / 3);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('with a mouse: goes on fetching for the links of the next page after the reader follows a link', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await recordPrefetchBatches(page);
      await gotoHydrated(page, '/handbok/prosess/konkurranse/');
      await expect.poll(async () => (await prefetchBatches(page)).length, {timeout: 15_000}).toBeGreaterThan(0);
      await page.getByRole('link', {name: 'veilederne for innkjøpskategorier'}).click();
      await page.waitForURL(`${baseUrl()}/veiledere/`);
      const before = await settledBatchCount(page);
      // The footer's links, out of view until now on both pages.
      await page.getByRole('link', {name: 'Personvern og lagring i nettleseren'}).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await prefetchBatches(page)).length, {timeout: 15_000}).toBeGreaterThan(before);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a touch screen: fetches nothing for links in view, and a page’s code as soon as its link is touched', async () => {
    const {context, page, problems} = await openWatchedPage(browser, {
      viewport: {width: 390, height: 844},
      hasTouch: true,
      isMobile: true,
    });
    try {
      await recordPrefetchBatches(page);
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await gotoHydrated(page, '/handbok/prosess/konkurranse/');
      await page.waitForTimeout(3000);
      expect(await prefetchBatches(page)).toEqual([]);
      const loadedBefore = scripts.length;
      const nextPhase = page.getByRole('link', {name: 'tildelingen'}).first();
      await nextPhase.dispatchEvent('touchstart');
      await expect.poll(() => scripts.length, {timeout: 10_000}).toBeGreaterThan(loadedBefore);
      await nextPhase.tap();
      await page.waitForURL(`${baseUrl()}/handbok/prosess/tildeling/`);
      await page.getByRole('heading', {level: 1}).waitFor();
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the phone layout after start-up', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const phone = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true};
  // The closed menu is hidden from the accessibility tree, so its links are counted by their elements.
  const menuLinks = (page: Page) => page.locator('.navbar-sidebar a');

  it('keeps the server-rendered sidebar instead of rebuilding it, and builds the menu once the page is idle', async () => {
    const {context, page, problems} = await openWatchedPage(browser, phone);
    try {
      // Marks the sidebar the server sent, before React takes over.
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          document.querySelector('.theme-doc-sidebar-menu')?.setAttribute('data-from-server', '');
        }),
      );
      await gotoHydrated(page, '/handbok/prosess/konkurranse/');
      await expect.poll(() => menuLinks(page).count(), {timeout: 10_000}).toBeGreaterThan(10);
      expect(await page.locator('.theme-doc-sidebar-menu[data-from-server]').count()).toBe(1);
      // Hidden by the theme below 997 px: nothing of it shows, or scrolls, on a phone.
      expect(await page.locator('.theme-doc-sidebar-container').isVisible()).toBe(false);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renders again after start-up only what changes: no text, page link or directory entry', async () => {
    const pages = [
      '/veiledere/kontor-og-administrasjon/',
      '/handbok/prosess/konkurranse/',
      '/kurs/anskaffelsesprosessen/behov-og-planlegging/',
      '/samarbeid/',
    ];
    for (const pathname of pages) {
      const {context, page, problems} = await openWatchedPage(browser, phone);
      try {
        await recordRenderedAgain(page);
        await gotoHydrated(page, pathname);
        // The menu is built at the first idle moment: by then start-up is over.
        await expect.poll(() => menuLinks(page).count(), {timeout: 10_000}).toBeGreaterThan(3);
        // The lines saying whether the page is kept for offline reading change as it is saved.
        expect(await renderedAgainIn(page, 'article', '.search-ignore'), pathname).toEqual([]);
        expect(await renderedAgainIn(page, '.navbar__item'), pathname).toEqual([]);
        expect(
          await renderedAgainIn(page, '.theme-doc-sidebar-container .menu__link:not(.menu__link--sublist)'),
          pathname,
        ).toEqual([]);
        expect(await renderedAgainIn(page, '[aria-label="Kartlagte samarbeid"] li'), pathname).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('builds the menu at once when it is opened before the page has had an idle moment', async () => {
    const {context, page, problems} = await openWatchedPage(browser, phone);
    try {
      // A phone still busy: no idle moment comes, and the timeout that stands in for one is far away.
      await page.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      await gotoHydrated(page, '/handbok/prosess/konkurranse/');
      await page.waitForTimeout(500);
      expect(await page.locator('.navbar-sidebar').count()).toBe(0);
      await page.getByRole('button', {name: 'Åpne eller lukk menyen'}).tap();
      const tildeling = page.locator('.navbar-sidebar').getByRole('link', {name: 'Tildeling', exact: true});
      await tildeling.waitFor();
      await tildeling.tap();
      await page.waitForURL(`${baseUrl()}/handbok/prosess/tildeling/`);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
