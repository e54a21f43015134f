import React from 'react';
import Link from '@docusaurus/Link';
import {THRESHOLD_IDS, THRESHOLD_NAMES, thresholdState} from '@site/src/data/thresholds';
import {formatDate} from '@site/src/lib/format';
import {formatThresholdAmount, formatValidTo, thresholdWarning} from '@site/src/lib/thresholdView';
import {useReferenceDate} from '@site/src/hooks/useReferenceDate';
import styles from './styles.module.css';

const CAPTION = 'Terskelverdier i anskaffelsesregelverket';

type Props = {
  /** The day to judge by, ÅÅÅÅ-MM-DD; see useReferenceDate for the default. */
  date?: string;
};

/**
 * Every threshold in force, with its legal source, validity and where it was
 * checked; the notes on disagreeing or possibly outdated sources follow the
 * table, so they print with it.
 */
export default function ThresholdTable({date}: Props): React.ReactElement {
  const at = useReferenceDate(date);
  const rows = THRESHOLD_IDS.map((id) => ({id, name: THRESHOLD_NAMES[id], state: thresholdState(id, at)}));
  const notes = rows.filter((row) => row.state.period.note);
  return (
    <div className={styles.thresholds}>
      {/* Wider than a phone: scrolls in its own box, reachable and named for keyboard and screen-reader users. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus (WCAG 2.1.1), as rehype-table-regions does for Markdown tables */}
      <div className="table-scroll" role="region" aria-label={`Tabell: ${CAPTION}`} tabIndex={0}>
        <table className={styles.table}>
          <caption>{CAPTION}</caption>
          <thead>
            <tr>
              <th scope="col">Terskelverdi og hjemmel</th>
              <th scope="col">Beløp</th>
              <th scope="col">Gyldig</th>
              <th scope="col">Kilde</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({id, name, state}) => {
              const warning = thresholdWarning(state);
              return (
                <tr key={id}>
                  <th scope="row">
                    {name}
                    <span className={styles.legal}>{state.period.legalSource}</span>
                  </th>
                  <td className={styles.amount}>
                    {formatThresholdAmount(state.period.amount)}
                    {warning && (
                      <span className={`${styles.line} ${styles.warning}`}>Merk: {warning} Sjekk kilden.</span>
                    )}
                  </td>
                  <td>
                    <span className={styles.line}>Fra {formatDate(state.period.validFrom)}</span>
                    <span className={styles.line}>Til: {formatValidTo(state.period)}</span>
                  </td>
                  <td>
                    <Link to={state.period.source.url}>{state.period.source.title}</Link>
                    <span className={styles.line}>Sjekket {formatDate(state.period.checked)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <>
          <p className={styles.notesHeading}>Merknader til kildene</p>
          <dl className={styles.notes}>
            {notes.map(({id, name, state}) => (
              <div key={id}>
                <dt>{name}</dt>
                <dd>{state.period.note}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
