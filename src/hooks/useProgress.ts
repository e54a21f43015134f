import {useSyncExternalStore} from 'react';
import {COURSES} from '@site/src/data/courses';
import {
  emptyProgress,
  loadProgress,
  parseImport,
  recordAttempt,
  saveProgress,
  STORAGE_KEY,
  STORAGE_UNAVAILABLE,
  withLearnerName,
  type Progress,
  type StorageLike,
} from '@site/src/lib/progressStore';

export type ProgressState = {progress: Progress; notices: string[]; persistent: boolean; loaded: boolean};

/** What the server renders and the first client render hydrates: nothing stored yet. */
const SERVER_STATE: ProgressState = {progress: emptyProgress(), notices: [], persistent: true, loaded: false};

let state: ProgressState | null = null;
const listeners = new Set<() => void>();

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Accessing localStorage itself throws when storage is blocked.
  }
}

function current(): ProgressState {
  if (state === null) {
    const loaded = loadProgress(browserStorage(), COURSES);
    state = {progress: loaded.progress, notices: loaded.notices, persistent: loaded.persistent, loaded: true};
  }
  return state;
}

function publish(next: ProgressState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

function commit(progress: Progress): void {
  const persistent = saveProgress(browserStorage(), progress);
  const notices = persistent
    ? current().notices.filter((n) => n !== STORAGE_UNAVAILABLE)
    : [...new Set([...current().notices, STORAGE_UNAVAILABLE])];
  publish({progress, notices, persistent, loaded: true});
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the progress: read it again.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) {
      state = null;
      publish(current());
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const progressActions = {
  recordAttempt(courseId: string, lessonId: string, result: {score: number; passed: boolean}): void {
    commit(recordAttempt(current().progress, courseId, lessonId, result, new Date()));
  },
  setLearnerName(name: string): void {
    commit(withLearnerName(current().progress, name));
  },
  /** Replaces progress with a validated file; returns the Norwegian message to show. */
  importFile(text: string): {ok: boolean; message: string} {
    const result = parseImport(text, COURSES);
    if (!result.ok) return result;
    commit(result.progress);
    return {ok: true, message: 'Framdriften er importert.'};
  },
  reset(): void {
    commit(emptyProgress());
  },
  dismissNotices(): void {
    const {notices, persistent} = current();
    publish({...current(), notices: persistent ? [] : notices.filter((n) => n === STORAGE_UNAVAILABLE)});
  },
};

/** The learner's progress, read from localStorage after hydration; the server and first render see none. */
export function useProgress(): ProgressState {
  return useSyncExternalStore(subscribe, current, () => SERVER_STATE);
}
