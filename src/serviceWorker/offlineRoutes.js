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

/** On a weak connection a cached copy after a few seconds beats a spinner. */
const NETWORK_TIMEOUT_SECONDS = 5;

/** @param {{offlineMode: boolean}} params */
export default function offlineRoutes(params) {
  const sw = /** @type {any} */ (self);
  // Take over the page that registered the worker, so what it loaded can be saved at once.
  sw.addEventListener('activate', (/** @type {any} */ event) => event.waitUntil(sw.clients.claim()));
  // In offline mode the plugin answers every request from its precache; two answers to one request is an error.
  if (params.offlineMode) return;

  registerRoute(
    ({request}) => request.mode === 'navigate',
    new NetworkFirst({cacheName: OFFLINE_CACHES.pages, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS}),
  );
  // The worker's scope is the site's base URL, so this holds under a sub-path too.
  const assets = `${new URL(sw.registration.scope).pathname}assets/`;
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
