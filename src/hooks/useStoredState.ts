import {useSyncExternalStore} from 'react';
import {browserStorage, createBrowserStore, type BrowserStore} from '@site/src/browser/browserStore';
import {
  readStored,
  storedNotice,
  writeStored,
  type StoredKind,
  type StoredProblem,
} from '@site/src/lib/versionedStorage';

export type StoredState<T> = {
  value: T;
  /** A Norwegian notice about what was found in storage or why changes are not kept. */
  notice?: string;
  /** False on the server and while hydrating, when nothing has been read yet. */
  loaded: boolean;
};

type Entry<T> = {value: T; problem?: StoredProblem; writable: boolean; dismissed: boolean; loaded: boolean};

type Handle<T> = {store: BrowserStore<Entry<T>>; server: Entry<T>; kind: StoredKind<T>};

// One store per key, so every component showing the same data shows the same value.
const handles = new Map<string, Handle<unknown>>();

function handleFor<T extends object>(kind: StoredKind<T>): Handle<T> {
  let handle = handles.get(kind.key) as Handle<T> | undefined;
  if (!handle) {
    const load = (): Entry<T> => ({...readStored(browserStorage(), kind), dismissed: false, loaded: true});
    handle = {
      store: createBrowserStore(kind.key, load),
      server: {value: kind.empty(), writable: true, dismissed: false, loaded: false},
      kind,
    };
    handles.set(kind.key, handle as Handle<unknown>);
  }
  return handle;
}

function save<T extends object>({store, kind}: Handle<T>, value: T): void {
  const current = store.snapshot();
  // Data from a newer version stays untouched; the change lives until the page is left.
  if (!current.writable) return store.publish({...current, value});
  const kept = writeStored(browserStorage(), kind, value);
  store.publish({
    value,
    writable: true,
    loaded: true,
    problem: kept ? (current.dismissed ? undefined : current.problem) : 'storage-blocked',
    dismissed: kept && current.dismissed,
  });
}

/**
 * A tool's data kept in the browser: read after hydration (the server and the
 * first render see the empty value), shared between components, kept in step
 * with other tabs, with a Norwegian notice when something was wrong.
 */
export function useStoredState<T extends object>(
  kind: StoredKind<T>,
): [StoredState<T>, {set: (value: T) => void; dismissNotice: () => void}] {
  const handle = handleFor(kind);
  const entry = useSyncExternalStore(handle.store.subscribe, handle.store.snapshot, () => handle.server);
  const notice = entry.dismissed ? undefined : storedNotice(kind, entry.problem);
  return [
    {value: entry.value, notice, loaded: entry.loaded},
    {
      set: (value) => save(handle, value),
      dismissNotice: () => handle.store.publish({...handle.store.snapshot(), dismissed: true}),
    },
  ];
}
