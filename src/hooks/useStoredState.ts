import {useSyncExternalStore} from 'react';
import {browserStorage, createBrowserStore, type BrowserStore} from '@site/src/browser/browserStore';
import {readStored, storedNotice, writeStored, type StoredKind, type StoredRead} from '@site/src/lib/versionedStorage';

export type StoredState<T> = {
  value: T;
  /** Norwegian notices about what was found in storage or why changes are not kept (none or one). */
  notices: string[];
  /** False on the server and while hydrating, when nothing has been read yet. */
  loaded: boolean;
  /** True while the stored data is from a newer version of the portal: changes are not saved. */
  readOnly: boolean;
};

type Entry<T> = StoredRead<T> & {dismissed: boolean; loaded: boolean};

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

/** Applies a reader's change to what is stored now (another tab may have written since), and stores the result. */
function update<T extends object>({store, kind}: Handle<T>, change: (latest: T) => T): void {
  const current = store.snapshot();
  const latest: StoredRead<T> = current.writable ? readStored(browserStorage(), kind) : current;
  const base = latest.problem === 'storage-blocked' ? current.value : latest.value;
  const value = change(base);
  // Data from a newer version stays untouched; the change lives until the page is left.
  if (!latest.writable) return store.publish({...latest, value, dismissed: current.dismissed, loaded: true});
  const kept = writeStored(browserStorage(), kind, value, latest.original);
  const problem = kept ? current.problem : 'storage-blocked';
  store.publish({value, writable: true, problem, dismissed: kept && current.dismissed, loaded: true});
}

/** The reader chose to start afresh: whatever was stored is set aside, newer data included, and the tool is empty. */
function reset<T extends object>({store, kind}: Handle<T>): void {
  const current = store.snapshot();
  const kept = writeStored(browserStorage(), kind, kind.empty(), current.original);
  store.publish({
    value: kind.empty(),
    writable: true,
    problem: kept ? undefined : 'storage-blocked',
    dismissed: false,
    loaded: true,
  });
}

export type StoredActions<T> = {
  /** Changes the stored value; `change` gets the latest value, also if another tab wrote it. */
  update: (change: (latest: T) => T) => void;
  /** Empties the tool, after setting aside what was stored. */
  reset: () => void;
  dismissNotice: () => void;
};

/**
 * A tool's data kept in the browser: read after hydration (the server and the
 * first render see the empty value) and never written by reading, shared
 * between components, kept in step with other tabs, with a Norwegian notice
 * when something was wrong.
 */
export function useStoredState<T extends object>(kind: StoredKind<T>): [StoredState<T>, StoredActions<T>] {
  const handle = handleFor(kind);
  const entry = useSyncExternalStore(handle.store.subscribe, handle.store.snapshot, () => handle.server);
  const shown = entry.problem === 'partly-dropped' && entry.why ? entry.why : storedNotice(kind, entry.problem);
  const notices = entry.dismissed || !shown ? [] : [shown];
  return [
    {value: entry.value, notices, loaded: entry.loaded, readOnly: !entry.writable},
    {
      update: (change) => update(handle, change),
      reset: () => reset(handle),
      dismissNotice: () => handle.store.publish({...handle.store.snapshot(), dismissed: true}),
    },
  ];
}
