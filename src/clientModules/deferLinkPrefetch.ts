/**
 * Links in view fetch their page's code only when the browser has nothing else to do, one page at a time
 * (src/lib/prefetchQueue explains why). Docusaurus's `<Link>` calls `window.docusaurus.prefetch`, so that is
 * the one place to change; hovering or touching a link still loads its page at once (`preload`).
 */
import type {ClientModule} from '@docusaurus/types';
import {createPrefetchQueue, type PrefetchQueue} from '@site/src/lib/prefetchQueue';
import {idleTurn} from '@site/src/browser/whenIdle';

let queue: PrefetchQueue | null = null;

/** Puts the queue in front of Docusaurus's prefetch; it is set on `window` before the first route renders. */
function queueInFrontOfPrefetch(): PrefetchQueue {
  const docusaurus = window.docusaurus;
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
    if (queue === null) queue = queueInFrontOfPrefetch();
    else queue.clear();
  },
};

export default deferLinkPrefetch;
