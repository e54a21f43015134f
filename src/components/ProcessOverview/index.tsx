import React from 'react';
import Link from '@docusaurus/Link';
import {PHASES} from '@site/src/data/process';
import styles from './styles.module.css';

/**
 * The eight phases of the process template as a cycle: an ordered list of
 * links, drawn as a loop by CSS alone, so it reads the same without styles,
 * without JavaScript and to a screen reader. The arrows are borders, not text.
 */
export default function ProcessOverview(): React.ReactElement {
  const first = PHASES[0]!;
  return (
    <figure className={styles.figure}>
      <ol className={styles.cycle}>
        {PHASES.map((phase, i) => (
          <li key={phase.id} className={styles.phase}>
            <Link to={phase.route} className={styles.link}>
              <span className={styles.number}>Fase {i + 1}</span> <span className={styles.name}>{phase.name}</span>
            </Link>
          </li>
        ))}
      </ol>
      <figcaption className={styles.caption}>
        Erfaringene fra evalueringen tas med i neste runde, som begynner med{' '}
        <Link to={first.route}>{first.name.toLowerCase()}</Link>.
      </figcaption>
    </figure>
  );
}
