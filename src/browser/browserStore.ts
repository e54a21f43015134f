/**
 * A value read from localStorage and shared by every component that shows it,
 * in the shape React's useSyncExternalStore expects. The value is read again
 * when another tab writes the key, and when a component subscribes after none
 * did (another tab may have written while nobody was listening).
 */
export type BrowserStore<S> = {
  subscribe: (listener: () => void) => () => void;
  snapshot: () => S;
  publish: (next: S) => void;
};

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Reading window.localStorage itself throws when the browser blocks storage.
  }
}

export function createBrowserStore<S>(key: string, load: () => S): BrowserStore<S> {
  let state: S | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    state = null;
    notify();
  };
  return {
    snapshot() {
      state ??= load();
      return state;
    },
    publish(next) {
      state = next;
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0) {
        state = null;
        window.addEventListener('storage', onStorage);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}
