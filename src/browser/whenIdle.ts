/**
 * Background work (keeping pages for offline reading) waits until the page has started: on a slow phone the
 * reader's first seconds belong to the page they opened, not to files for pages they may open later.
 */

/** How long the browser may take to find an idle moment before the work runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

/** Resolves once the load event has fired (at once if it has); never, if `signal` aborts first. */
function whenLoaded(signal: AbortSignal): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), {once: true, signal}));
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), {once: true});
  });
}

/** An idle moment (Safari has no requestIdleCallback: a short timer stands in). */
function idleMoment(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(resolve, 1);
      signal.addEventListener('abort', () => clearTimeout(timer), {once: true});
      return;
    }
    const handle = window.requestIdleCallback(() => resolve(), {timeout: IDLE_TIMEOUT_MS});
    signal.addEventListener('abort', () => window.cancelIdleCallback(handle), {once: true});
  });
}

/**
 * Resolves at the first idle moment at least `afterLoadMs` after the page's load event. Aborting `signal` (the
 * reader left the page) cancels the wait, and the promise then never resolves, so the work never runs.
 */
export async function whenIdleAfterLoad(signal: AbortSignal, afterLoadMs = 0): Promise<void> {
  await whenLoaded(signal);
  await delay(afterLoadMs, signal);
  await idleMoment(signal);
}

/** A turn for background work at the first idle moment after load, one task per turn (see src/lib/prefetchQueue). */
export function idleTurn(next: () => void): () => void {
  const cancel = new AbortController();
  void whenIdleAfterLoad(cancel.signal).then(next);
  return () => cancel.abort();
}
