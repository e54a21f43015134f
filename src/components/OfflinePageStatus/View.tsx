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

/** Tells the reader whether the page they are on can be opened again without a network. */
export default function OfflinePageStatusView({status}: {status: OfflineStatus}): React.ReactElement {
  return (
    <p className={clsx(styles.status, SEARCH_IGNORE_CLASS)} data-offline-status={status}>
      {MESSAGES[status]}
    </p>
  );
}
