import React from 'react';
import Link from '@docusaurus/Link';
import {PHASE_RULES_CHECKED, PHASE_RULES_INTRO} from '@site/src/data/phaseRules';
import {formatDate} from '@site/src/lib/format';
import {phaseDuties} from '@site/src/lib/phaseRules';
import styles from './styles.module.css';

/** The legal duties of one process phase, from src/data/phaseRules.ts, each with its source and Regelverk page. */
export default function PhaseRules({phase}: {phase: string}): React.ReactElement {
  const duties = phaseDuties(phase);
  return (
    <>
      <p>{PHASE_RULES_INTRO}</p>
      <ul className={styles.duties}>
        {duties.map((d) => (
          <li key={d.id}>
            {d.duty}
            <span className={styles.source}>
              {' '}
              Kilde:{' '}
              {d.legalSources.map((s, i) => (
                <React.Fragment key={s.url}>
                  {i > 0 && '; '}
                  <Link href={s.url}>{s.label}</Link>
                </React.Fragment>
              ))}
              . Les mer: <Link to={d.regelverkRoute}>{d.regelverkTitle}</Link>.
            </span>
          </li>
        ))}
      </ul>
      <p className={styles.checked}>
        Kildene er sjekket {formatDate(PHASE_RULES_CHECKED)}. Regelverket endres, så les gjeldende tekst på Lovdata før
        dere bestemmer dere.
      </p>
    </>
  );
}
