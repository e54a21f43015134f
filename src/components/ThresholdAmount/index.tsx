import React from 'react';
import Link from '@docusaurus/Link';
import {thresholdState, type ThresholdId} from '@site/src/data/thresholds';
import {formatThresholdAmount, thresholdWarning} from '@site/src/lib/thresholdView';
import {useReferenceDate} from '@site/src/hooks/useReferenceDate';
import styles from './styles.module.css';

type Props = {
  id: ThresholdId;
  /** The day to judge by, ÅÅÅÅ-MM-DD; see useReferenceDate for the default. */
  date?: string;
};

/** A threshold in running text, «1 300 000 kroner ekskl. mva.», saying so plainly when it may be out of date. */
export default function ThresholdAmount({id, date}: Props): React.ReactElement {
  const state = thresholdState(id, useReferenceDate(date));
  const warning = thresholdWarning(state);
  return (
    <span className={styles.amount}>
      {formatThresholdAmount(state.period.amount)}
      {warning && (
        <span className={styles.warning}>
          {' '}
          (Merk: {warning} Sjekk gjeldende verdi hos{' '}
          <Link to={state.period.source.url}>{state.period.source.title}</Link>
          .)
        </span>
      )}
    </span>
  );
}
