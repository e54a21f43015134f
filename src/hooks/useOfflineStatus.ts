import {useEffect, useState, useSyncExternalStore} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {canSaveOffline, savePageForOffline, whenControlled} from '@site/src/browser/offlinePages';
import {whenIdleAfterLoad} from '@site/src/browser/whenIdle';

/**
 * `saving` until the page and its files are in the offline cache, then `saved`;
 * `offline` while the browser has no network; `unavailable` where nothing can
 * be kept (no service worker, or storage refused).
 */
export type OfflineStatus = 'saving' | 'saved' | 'offline' | 'unavailable';

function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

type ScheduledSave = {done: Promise<void>; users: number; cancel: AbortController};

// One wait and one save per page, however many status lines ask for it.
const scheduled = new Map<string, ScheduledSave>();

/**
 * Saves the page once a service worker controls it and the page has started: saving reads every file the page
 * loaded and fetches its HTML again, work for an idle moment after the load. The wait is dropped when the last
 * status line asking for it goes (the reader left the page, or the network went).
 */
function saveWhenSettled(pathname: string, baseUrl: string, signal: AbortSignal): Promise<void> {
  let entry = scheduled.get(pathname);
  if (!entry) {
    const cancel = new AbortController();
    const done: Promise<void> = whenControlled(cancel.signal)
      .then(() => whenIdleAfterLoad(cancel.signal))
      .then(() => savePageForOffline(pathname, baseUrl))
      .finally(() => {
        if (scheduled.get(pathname) === created) scheduled.delete(pathname);
      });
    const created: ScheduledSave = {done, users: 0, cancel};
    entry = created;
    scheduled.set(pathname, entry);
  }
  const joined = entry;
  joined.users++;
  signal.addEventListener(
    'abort',
    () => {
      joined.users--;
      if (joined.users > 0) return;
      joined.cancel.abort();
      if (scheduled.get(pathname) === joined) scheduled.delete(pathname);
    },
    {once: true},
  );
  return joined.done;
}

export function useOfflineStatus(pathname: string, baseUrl: string): OfflineStatus {
  const isBrowser = useIsBrowser();
  // The server and the hydrating render assume a network, so the HTML and the first render agree.
  const online = useSyncExternalStore(
    subscribeToNetwork,
    () => navigator.onLine,
    () => true,
  );
  const savable = !isBrowser || canSaveOffline();
  // Keyed by page, so a page never shows what was found for the one before it.
  const [result, setResult] = useState<{pathname: string; status: OfflineStatus}>({pathname, status: 'saving'});

  useEffect(() => {
    if (!online || !savable) return undefined;
    const leftPage = new AbortController();
    const settle = (status: OfflineStatus) => !leftPage.signal.aborted && setResult({pathname, status});
    saveWhenSettled(pathname, baseUrl, leftPage.signal).then(
      () => settle('saved'),
      () => settle('unavailable'),
    );
    return () => leftPage.abort();
  }, [pathname, baseUrl, online, savable]);

  if (!online) return 'offline';
  if (!savable) return 'unavailable';
  return result.pathname === pathname ? result.status : 'saving';
}
