import React, {useId, useState} from 'react';
import {getCourse} from '@site/src/data/courses';
import {canSaveOffline, savePagesForOffline} from '@site/src/browser/offlinePages';
import {courseSaveMessage, courseSaveProgress} from '@site/src/lib/courseSaveMessage';
import clsx from 'clsx';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import styles from './styles.module.css';

type SaveState = {phase: 'idle'} | {phase: 'saving'; done: number} | {phase: 'settled'; message: string};

const UNAVAILABLE = 'Denne nettleseren kan ikke lagre sider for bruk uten nett.';

/**
 * Saves every lesson of a course for reading without a network, with a progress bar and a message at the end.
 * `baseUrl` is where the site lives ("/" or a sub-path).
 */
export default function SaveCourseOfflineView({
  courseId,
  baseUrl,
}: {
  courseId: string;
  baseUrl: string;
}): React.ReactElement {
  const {lessons} = getCourse(courseId);
  const [state, setState] = useState<SaveState>({phase: 'idle'});
  const progressId = useId();

  async function save() {
    if (state.phase === 'saving') return;
    if (!canSaveOffline()) {
      setState({phase: 'settled', message: UNAVAILABLE});
      return;
    }
    setState({phase: 'saving', done: 0});
    let done = 0;
    // Routes start with «/», the base URL ends with one.
    const paths = lessons.map((lesson) => baseUrl + lesson.route.slice(1));
    const failed = await savePagesForOffline(paths, baseUrl, () => setState({phase: 'saving', done: ++done}));
    setState({phase: 'settled', message: courseSaveMessage(lessons.length, failed.length)});
  }

  return (
    <div className={clsx(styles.box, SEARCH_IGNORE_CLASS)}>
      {/* aria-disabled rather than disabled, so the button keeps focus while it works. */}
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={state.phase === 'saving'}
        onClick={save}
      >
        Lagre hele kurset for bruk uten nett
      </button>
      {state.phase === 'saving' && (
        <p className={styles.progress}>
          <span id={progressId}>{courseSaveProgress(lessons.length, state.done)}</span>
          <progress max={lessons.length} value={state.done} aria-labelledby={progressId} />
        </p>
      )}
      <p className={styles.message} role="status">
        {state.phase === 'settled' ? state.message : ''}
      </p>
    </div>
  );
}
