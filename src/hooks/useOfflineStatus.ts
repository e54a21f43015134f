import {useEffect, useState} from 'react';
import {canSaveOffline, savePageForOffline, whenControlled} from '@site/src/browser/offlinePages';

/**
 * `saving` until the page and its files are in the offline cache, then `saved`;
 * `offline` while the browser has no network; `unavailable` where nothing can
 * be kept (no service worker, or storage refused).
 */
export type OfflineStatus = 'saving' | 'saved' | 'offline' | 'unavailable';

export function useOfflineStatus(pathname: string): OfflineStatus {
  const [status, setStatus] = useState<OfflineStatus>('saving');
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
      setStatus('unavailable');
      return undefined;
    }
    let current = true;
    setStatus('saving');
    whenControlled()
      .then(() => savePageForOffline(pathname))
      .then(
        () => current && setStatus('saved'),
        () => current && setStatus('unavailable'),
      );
    return () => {
      current = false;
    };
  }, [pathname, online]);

  return online ? status : 'offline';
}
