import React from 'react';
import clsx from 'clsx';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import Icon from '@site/src/components/Icon';
import styles from './styles.module.css';

type Props = {
  /** One or more Norwegian notices; nothing is shown when there are none. */
  notices: readonly string[];
  /** Offered when the notices may be hidden. */
  onDismiss?: () => void;
  /** Offered while the stored data is from a newer version: start afresh here, keeping that data as a copy. */
  onReset?: () => void;
};

/** What a tool or the course progress found wrong in what the browser had stored, or why it cannot store. */
export default function StoredNotice({notices, onDismiss, onReset}: Props): React.ReactElement | null {
  if (notices.length === 0) return null;
  return (
    <div className={clsx(styles.notice, SEARCH_IGNORE_CLASS)} role="status">
      <Icon name="notice" className={styles.icon} />
      <div className={styles.body}>
        {notices.length === 1 ? (
          <p>{notices[0]}</p>
        ) : (
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        )}
        {(onReset || onDismiss) && (
          <p className={styles.actions}>
            {onReset && (
              <button type="button" className="button button--primary" onClick={onReset}>
                Begynn på nytt her
              </button>
            )}
            {onDismiss && (
              <button type="button" className="button button--secondary" onClick={onDismiss}>
                Skjul melding
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
