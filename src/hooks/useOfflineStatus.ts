import {useEffect, useState} from 'react';
import {canSaveOffline, savePageForOffline, whenControlled} from '@site/src/browser/offlinePages';

/**
 * `saving` until the page and its files are in the offline cache, then `saved`;
 * `offline` while the browser has no network; `unavailable` where nothing can
 * be kept (no service worker, or storage refused).
 */
export type OfflineStatus = 'saving' | 'saved' | 'offline' | 'unavailable';

export function useOfflineStatus(pathname: string): OfflineStatus {
  // Keyed by page, so a page never shows what was found for the one before it.
  const [result, setResult] = useState<{pathname: string; status: OfflineStatus}>({pathname, status: 'saving'});
  const [online, setOnline] = useState(true);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  useEffect(() => {
    if (!online) return undefined;
    if (!canSaveOffline()) {
      setResult({pathname, status: 'unavailable'});
      return undefined;
    }
    const leftPage = new AbortController();
    const settle = (status: OfflineStatus) => !leftPage.signal.aborted && setResult({pathname, status});
    settle('saving');
    whenControlled(leftPage.signal)
      .then(() => savePageForOffline(pathname))
      .then(
        () => settle('saved'),
        () => settle('unavailable'),
      );
    return () => leftPage.abort();
  }, [pathname, online]);

  if (!online) return 'offline';
  return result.pathname === pathname ? result.status : 'saving';
}
