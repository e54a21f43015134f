import React from 'react';
import type {OfflineStatus} from '@site/src/hooks/useOfflineStatus';
import clsx from 'clsx';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import styles from './styles.module.css';

const MESSAGES: Record<OfflineStatus, string> = {
  saving: '',
  saved: 'Klar for bruk uten nett: denne siden er lagret i nettleseren og kan åpnes igjen uten nettforbindelse.',
  offline: 'Du er uten nett. Sider du har åpnet før, kan leses, og svar i kursene lagres i nettleseren som vanlig.',
  unavailable: 'Denne siden kan ikke lagres for bruk uten nett i denne nettleseren.',
};

/** The line under the title says only what the reader can rely on; the line at the foot explains. */
const COMPACT_MESSAGES: Record<OfflineStatus, string> = {
  saving: '',
  saved: 'Lagret for bruk uten nett',
  offline: 'Ingen nettforbindelse',
  unavailable: '',
};

/**
 * Tells the reader whether the page they are on can be opened again without a network:
 * `compact` for the line under the title, the full sentence at the foot.
 */
export default function OfflinePageStatusView({
  status,
  compact = false,
}: {
  status: OfflineStatus;
  compact?: boolean;
}): React.ReactElement {
  const message = (compact ? COMPACT_MESSAGES : MESSAGES)[status];
  return (
    <p className={clsx(compact ? styles.compact : styles.status, SEARCH_IGNORE_CLASS)} data-offline-status={status}>
      {compact && status === 'saved' && (
        <span className={styles.icon} aria-hidden="true">
          ✓
        </span>
      )}
      {message}
    </p>
  );
}
