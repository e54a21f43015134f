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
  type LessonProgress,
  type Progress,
} from '@site/src/lib/progressStore';

export type ProgressState = {
  progress: Progress;
  notices: string[];
  persistent: boolean;
  loaded: boolean;
  /** Stored by a newer version of the portal: results are kept for the session only, until the learner resets. */
  readOnly: boolean;
};

type StoreState = ProgressState & {original?: string};

/** What the server renders and the first client render hydrates: nothing stored yet. */
const SERVER_STATE: StoreState = {
  progress: emptyProgress(),
  notices: [],
  persistent: true,
  loaded: false,
  readOnly: false,
};

function fromStorage(): StoreState {
  const read = loadProgress(browserStorage(), COURSES);
  return {
    progress: read.progress,
    notices: read.notices,
    persistent: read.persistent,
    loaded: true,
    readOnly: read.newer,
    original: read.original,
  };
}

const store = createBrowserStore<StoreState>(STORAGE_KEY, fromStorage);
const current = store.snapshot;
const publish = store.publish;

function withStorageNotice(notices: readonly string[], persistent: boolean): string[] {
  return persistent
    ? notices.filter((n) => n !== STORAGE_UNAVAILABLE)
    : [...new Set([...notices, STORAGE_UNAVAILABLE])];
}

/** Writes `progress`, first setting aside what was stored if it was not kept whole. */
function write(progress: Progress, setAside: string | undefined, notices: readonly string[]): void {
  const persistent = saveProgress(browserStorage(), progress, setAside);
  publish({progress, notices: withStorageNotice(notices, persistent), persistent, loaded: true, readOnly: false});
}

/**
 * A learner's action, applied to the progress stored now: another tab may have passed a lesson since this one
 * read, and recordAttempt keeps the best result and the latest attempt of both.
 */
function change(apply: (latest: Progress) => Progress): void {
  const state = current();
  const latest = state.readOnly ? state : fromStorage();
  if (latest.readOnly) return publish({...latest, progress: apply(state.progress)});
  write(apply(latest.persistent ? latest.progress : state.progress), latest.original, state.notices);
}

export const progressActions = {
  recordAttempt(courseId: string, lessonId: string, result: {score: number; passed: boolean}): void {
    change((latest) => recordAttempt(latest, courseId, lessonId, result, new Date()));
  },
  setLearnerName(name: string): void {
    change((latest) => withLearnerName(latest, name));
  },
  /** Replaces progress with a validated file; returns the Norwegian message to show. */
  importFile(text: string): {ok: boolean; message: string} {
    const result = parseImport(text, COURSES);
    if (!result.ok) return result;
    write(result.progress, fromStorage().original, []);
    return {ok: true, message: 'Framdriften er importert.'};
  },
  /** The learner's choice to start afresh: whatever was stored, a newer version's included, is set aside first. */
  reset(): void {
    write(emptyProgress(), fromStorage().original, []);
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

/**
 * One lesson's record, for a component that shows nothing else of the progress. It re-renders when that record
 * changes, not when storage is first read after hydration: a lesson's quiz is the largest piece of its page, and
 * for a learner who has not tried it yet nothing in it changes.
 */
export function useLessonProgress(courseId: string, lessonId: string): LessonProgress | undefined {
  return useSyncExternalStore(
    store.subscribe,
    () => current().progress.courses[courseId]?.lessons[lessonId],
    () => undefined,
  );
}
