import React from 'react';
import styles from './styles.module.css';

type Props = {
  notice: string | undefined;
  onDismiss: () => void;
  /** Offered while the stored data is from a newer version: start afresh here, keeping that data as a copy. */
  onReset?: () => void;
};

/** What a tool found wrong in what the browser had stored, or why it cannot store; the reader can hide it. */
export default function StoredNotice({notice, onDismiss, onReset}: Props): React.ReactElement | null {
  if (!notice) return null;
  return (
    <div className={styles.notice} role="status">
      <p>{notice}</p>
      <p className={styles.actions}>
        {onReset && (
          <button type="button" className="button button--primary" onClick={onReset}>
            Begynn på nytt her
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Skjul melding
        </button>
      </p>
    </div>
  );
}
