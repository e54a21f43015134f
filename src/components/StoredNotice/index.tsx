import React from 'react';
import styles from './styles.module.css';

/** What a tool found wrong in what the browser had stored, or why it cannot store; the reader can hide it. */
export default function StoredNotice({
  notice,
  onDismiss,
}: {
  notice: string | undefined;
  onDismiss: () => void;
}): React.ReactElement | null {
  if (!notice) return null;
  return (
    <div className={styles.notice} role="status">
      <p>{notice}</p>
      <button type="button" className="button button--sm button--secondary" onClick={onDismiss}>
        Skjul melding
      </button>
    </div>
  );
}
