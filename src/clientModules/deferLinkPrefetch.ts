/**
 * Docusaurus's `<Link>` fetches the code of the page it points to as soon as it comes into view, through
 * `window.docusaurus.prefetch`, which is the one place to change. With a mouse, links in view fetch their page
 * only when the browser has nothing else to do, one page at a time (src/lib/prefetchQueue explains why). On a
 * touch screen they fetch nothing: a phone's processor and data are the scarcest, and its hidden menu counts as
 * in view, so the guesses would be many and mostly wrong. Touching a link, like hovering it with a mouse, still
 * loads its page at once (`preload`), before the finger lifts.
 */
import type {ClientModule} from '@docusaurus/types';
import {createPrefetchQueue, type PrefetchQueue} from '@site/src/lib/prefetchQueue';
import {idleTurn} from '@site/src/browser/whenIdle';

/** A device whose main pointer is a finger. */
const TOUCH_SCREEN = '(hover: none), (pointer: coarse)';

/** Undefined until the first route; null on a touch screen, where there is nothing to queue. */
let queue: PrefetchQueue | null | undefined;

/**
 * Puts the queue, or on a touch screen nothing, in front of Docusaurus's prefetch; `window.docusaurus` is set
 * before the first route renders.
 */
function replacePrefetch(): PrefetchQueue | null {
  const docusaurus = window.docusaurus;
  if (window.matchMedia(TOUCH_SCREEN).matches) {
    window.docusaurus = {...docusaurus, prefetch: () => false};
    return null;
  }
  const pageQueue = createPrefetchQueue((routePath) => void docusaurus.prefetch(routePath), idleTurn);
  window.docusaurus = {
    ...docusaurus,
    prefetch: (routePath) => {
      pageQueue.add(routePath);
      return false;
    },
  };
  return pageQueue;
}

const deferLinkPrefetch: ClientModule = {
  onRouteUpdate() {
    if (queue === undefined) queue = replacePrefetch();
    else queue?.clear();
  },
};

export default deferLinkPrefetch;
