import React from 'react';
import {progressActions, useProgress} from '@site/src/hooks/useProgress';
import styles from './styles.module.css';

/** Tells the learner when stored progress was repaired, or when it cannot be stored at all. */
export default function ProgressNotice(): React.ReactElement | null {
  const {notices, persistent} = useProgress();
  if (notices.length === 0) return null;
  return (
    <div className={styles.notice} role="status">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      {(persistent || notices.length > 1) && (
        <button type="button" className="button button--sm button--secondary" onClick={progressActions.dismissNotices}>
          Skjul melding
        </button>
      )}
    </div>
  );
}
