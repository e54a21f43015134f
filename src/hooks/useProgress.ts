import {useSyncExternalStore} from 'react';
import {COURSES} from '@site/src/data/courses';
import {browserStorage, createBrowserStore} from '@site/src/browser/browserStore';
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
} from '@site/src/lib/progressStore';

export type ProgressState = {progress: Progress; notices: string[]; persistent: boolean; loaded: boolean};

/** What the server renders and the first client render hydrates: nothing stored yet. */
const SERVER_STATE: ProgressState = {progress: emptyProgress(), notices: [], persistent: true, loaded: false};

const store = createBrowserStore<ProgressState>(STORAGE_KEY, () => {
  const loaded = loadProgress(browserStorage(), COURSES);
  return {progress: loaded.progress, notices: loaded.notices, persistent: loaded.persistent, loaded: true};
});

const current = store.snapshot;
const publish = store.publish;

function commit(progress: Progress): void {
  const persistent = saveProgress(browserStorage(), progress);
  const notices = persistent
    ? current().notices.filter((n) => n !== STORAGE_UNAVAILABLE)
    : [...new Set([...current().notices, STORAGE_UNAVAILABLE])];
  publish({progress, notices, persistent, loaded: true});
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
  return useSyncExternalStore(store.subscribe, store.snapshot, () => SERVER_STATE);
}
