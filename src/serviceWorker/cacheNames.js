// @ts-check
// Plain JavaScript: the service worker is bundled by plugin-pwa, which only compiles .js files.

/** The caches a visited page is kept in, shared by the service worker (which reads them) and the page (which fills them). */
export const OFFLINE_CACHES = Object.freeze({
  /** HTML of pages the reader has opened. */
  pages: 'innkjopsportalen-sider',
  /** Scripts, styles, images and fonts those pages loaded. */
  assets: 'innkjopsportalen-filer',
});
