import {useEffect, useState, useSyncExternalStore} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {canSaveOffline, savePageForOffline, whenControlled} from '@site/src/browser/offlinePages';

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
    whenControlled(leftPage.signal)
      .then(() => savePageForOffline(pathname, baseUrl))
      .then(
        () => settle('saved'),
        () => settle('unavailable'),
      );
    return () => leftPage.abort();
  }, [pathname, baseUrl, online, savable]);

  if (!online) return 'offline';
  if (!savable) return 'unavailable';
  return result.pathname === pathname ? result.status : 'saving';
}
