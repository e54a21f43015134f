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

/**
 * Keeps the page at `pathname` and every file of the site (under `baseUrl`) the page has loaded so far.
 * The service worker keeps what it sees later, but not the files loaded before
 * it took over, nor the HTML of pages reached by in-app navigation.
 */
export async function savePageForOffline(pathname: string, baseUrl: string): Promise<void> {
  const [pages, assets] = await Promise.all([caches.open(OFFLINE_CACHES.pages), caches.open(OFFLINE_CACHES.assets)]);
  const resources = offlineResources(performance.getEntriesByType('resource'), location.origin, baseUrl);
  const cached = await Promise.all(resources.map((resource) => assets.match(resource)));
  const missing = resources.filter((_, index) => !cached[index]);
  await Promise.all([pages.add(pathname), assets.addAll(missing)]);
}
