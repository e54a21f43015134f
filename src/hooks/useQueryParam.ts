import {useCallback, useSyncExternalStore} from 'react';

// replaceState fires no event of its own; this one tells every hook on the page that the query changed.
const QUERY_CHANGED = 'innkjopsportalen:query';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(QUERY_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(QUERY_CHANGED, onChange);
  };
}

/**
 * One value in the page address (`?omrade=3`), so a reader can reload or share where they are. The server and
 * the first render see null, like stored data, so hydration matches; a change replaces the address without a new
 * history entry.
 */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name),
    () => null,
  );
  const set = useCallback(
    (next: string | null) => {
      const url = new URL(window.location.href);
      if (next === null) url.searchParams.delete(name);
      else url.searchParams.set(name, next);
      window.history.replaceState(window.history.state, '', url);
      window.dispatchEvent(new Event(QUERY_CHANGED));
    },
    [name],
  );
  return [value, set];
}
