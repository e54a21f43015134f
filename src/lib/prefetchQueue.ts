/**
 * Docusaurus fetches the code of every page a link in view points to, all in one go as the page starts: on a
 * handbook page that is hundreds of `<link rel=prefetch>` elements in a single long task, on the seconds a slow
 * phone needs for the page itself. This queue lets those fetches wait their turn, one page per idle moment.
 */

/** Asks for `next` to run later; the returned function cancels that. */
export type Scheduler = (next: () => void) => () => void;

export interface PrefetchQueue {
  /** Keeps a page's path for later; a path already waiting or already fetched is not kept twice. */
  add(routePath: string): void;
  /** Forgets every path still waiting (the reader went to another page, whose links are others). */
  clear(): void;
}

/**
 * @param fetchPage fetches one page's code (Docusaurus's own prefetch)
 * @param schedule when the next page's turn comes
 */
export function createPrefetchQueue(fetchPage: (routePath: string) => void, schedule: Scheduler): PrefetchQueue {
  const waiting: string[] = [];
  const seen = new Set<string>();
  let cancel: (() => void) | null = null;

  const fetchNext = (): void => {
    cancel = null;
    const routePath = waiting.shift();
    if (routePath === undefined) return;
    fetchPage(routePath);
    if (waiting.length > 0) cancel = schedule(fetchNext);
  };

  return {
    add(routePath) {
      if (seen.has(routePath)) return;
      seen.add(routePath);
      waiting.push(routePath);
      if (cancel === null) cancel = schedule(fetchNext);
    },
    clear() {
      // Paths dropped here may be fetched when a later page links to them again.
      for (const routePath of waiting) seen.delete(routePath);
      waiting.length = 0;
      cancel?.();
      cancel = null;
    },
  };
}
