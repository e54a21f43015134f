import {OFFLINE_CACHES} from '@site/src/serviceWorker/cacheNames';
import {offlineResources} from '@site/src/lib/offlineCache';

/** Whether this browser can keep pages for reading without a network. */
export function canSaveOffline(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'caches' in window;
}

/**
 * Resolves once a service worker controls the page; on a first visit that is when it has installed and claimed it.
 * Aborting `signal` drops the listener, so leaving a page that never gets a worker (as under `docusaurus start`) leaks nothing.
 */
export function whenControlled(signal: AbortSignal): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {once: true, signal});
  });
}

function openCaches(): Promise<[Cache, Cache]> {
  return Promise.all([caches.open(OFFLINE_CACHES.pages), caches.open(OFFLINE_CACHES.assets)]);
}

/**
 * How many files are looked up and fetched in one task. Asking for all of a page's thirty-odd files at once costs a
 * slow phone's main thread about a hundred milliseconds in one piece, while the reader may be scrolling.
 */
const FILES_PER_TASK = 4;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Keeps every file of the site (under `baseUrl`) this page has loaded so far that is not kept yet, a few per task. */
async function keepLoadedFiles(assets: Cache, baseUrl: string): Promise<void> {
  const resources = offlineResources(performance.getEntriesByType('resource'), location.origin, baseUrl);
  for (let start = 0; start < resources.length; start += FILES_PER_TASK) {
    if (start > 0) await nextTask();
    const batch = resources.slice(start, start + FILES_PER_TASK);
    const cached = await Promise.all(batch.map((resource) => assets.match(resource)));
    await assets.addAll(batch.filter((_, index) => !cached[index]));
  }
}

/** One save per page at a time: the page's status lines each ask for it. */
const saving = new Map<string, Promise<void>>();

/**
 * Keeps the page at `pathname` and every file of the site (under `baseUrl`) the page has loaded so far.
 * The service worker keeps what it sees later, but not the files loaded before
 * it took over, nor the HTML of pages reached by in-app navigation.
 */
export function savePageForOffline(pathname: string, baseUrl: string): Promise<void> {
  const pending = saving.get(pathname);
  if (pending) return pending;
  const save = openCaches()
    .then(([pages, assets]) => Promise.all([pages.add(pathname), keepLoadedFiles(assets, baseUrl)]))
    .then(() => undefined)
    .finally(() => saving.delete(pathname));
  saving.set(pathname, save);
  return save;
}

/** Room for the files of a whole course: past the browser's default of 250, new entries are dropped. */
const RESOURCE_TIMING_ENTRIES = 2000;

/**
 * Keeps pages the reader has not opened, each with the scripts it needs: the router loads them into this
 * page (`window.docusaurus.preload`), which is what lets a saved page start offline. The HTML goes in
 * last, so a page found in the cache has its files there too. `onPage` hears of each page as it settles.
 * Resolves to the paths that could not be saved.
 */
export async function savePagesForOffline(
  paths: readonly string[],
  baseUrl: string,
  onPage: (path: string, saved: boolean) => void = () => {},
): Promise<string[]> {
  performance.setResourceTimingBufferSize(RESOURCE_TIMING_ENTRIES);
  const [pages, assets] = await openCaches();
  const failed: string[] = [];
  // One page after the other: a phone on a weak connection gets one page's files at a time.
  for (const path of paths) {
    try {
      await window.docusaurus.preload(path);
      await keepLoadedFiles(assets, baseUrl);
      await pages.add(path);
      onPage(path, true);
    } catch {
      failed.push(path);
      onPage(path, false);
    }
  }
  return failed;
}

/** The paths among `paths` whose page is not in the offline cache. */
export async function unsavedPages(paths: readonly string[]): Promise<string[]> {
  const pages = await caches.open(OFFLINE_CACHES.pages);
  const found = await Promise.all(paths.map((path) => pages.match(path)));
  return paths.filter((_, index) => !found[index]);
}
