// @ts-check
/**
 * Custom code for the service worker of @docusaurus/plugin-pwa (its
 * `swCustom` option). The plugin precaches the whole site only when offline
 * mode is on (the app is installed). A reader in a browser gets this instead:
 * pages and their files are kept as they are visited, so a guide or lesson
 * opened once can be opened again without a network.
 */
import {registerRoute} from 'workbox-routing';
import {CacheFirst, NetworkFirst, StaleWhileRevalidate} from 'workbox-strategies';
import {ExpirationPlugin} from 'workbox-expiration';
import {OFFLINE_CACHES} from './cacheNames';
import {OFFLINE_PAGE_POLICY, offlinePageHtml, orderSavedPages, savedPageTitle} from './offlinePage';

/** On a weak connection a cached copy after a few seconds beats a spinner. */
const NETWORK_TIMEOUT_SECONDS = 5;

/**
 * Answers a page that is neither on the network nor in the cache with a list of the pages that are.
 * @param {string} requestedUrl
 * @param {string} homeUrl
 */
async function offlineFallback(requestedUrl, homeUrl) {
  const pages = await caches.open(OFFLINE_CACHES.pages);
  const saved = await Promise.all(
    (await pages.keys()).map(async (request) => {
      const response = await pages.match(request);
      const {origin, pathname} = new URL(request.url);
      return {url: origin + pathname, title: savedPageTitle((await response?.text()) ?? '', pathname)};
    }),
  );
  return new Response(offlinePageHtml({requestedUrl, saved: orderSavedPages(saved, homeUrl)}), {
    headers: {'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': OFFLINE_PAGE_POLICY},
  });
}

/** @param {{offlineMode: boolean}} params */
export default function offlineRoutes(params) {
  const sw = /** @type {any} */ (self);
  // Take over the page that registered the worker, so what it loaded can be saved at once.
  sw.addEventListener('activate', (/** @type {any} */ event) => event.waitUntil(sw.clients.claim()));
  // In offline mode the plugin answers every request from its precache; two answers to one request is an error.
  if (params.offlineMode) return;

  const home = sw.registration.scope;
  registerRoute(
    ({request}) => request.mode === 'navigate',
    new NetworkFirst({
      cacheName: OFFLINE_CACHES.pages,
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      plugins: [{handlerDidError: ({request}) => offlineFallback(request.url, home)}],
    }),
  );
  // The worker's scope is the site's base URL, so this holds under a sub-path too.
  const assets = `${new URL(home).pathname}assets/`;
  registerRoute(
    ({url, sameOrigin}) => sameOrigin && url.pathname.startsWith(assets),
    new CacheFirst({
      cacheName: OFFLINE_CACHES.assets,
      plugins: [new ExpirationPlugin({maxEntries: 400, purgeOnQuotaError: true})],
    }),
  );
  registerRoute(
    ({request, sameOrigin}) => sameOrigin && ['image', 'font', 'manifest'].includes(request.destination),
    new StaleWhileRevalidate({cacheName: OFFLINE_CACHES.assets}),
  );
}
