import React from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Icon, {type IconName} from '@site/src/components/Icon';
import styles from './styles.module.css';

export type EntryPoint = {title: string; description: string; to: string; linkText: string; icon: IconName};

/** The landing page's ways into the portal: one card per audience task. */
export default function EntryPoints({entries}: {entries: readonly EntryPoint[]}): React.ReactElement {
  return (
    <ul className={styles.grid}>
      {entries.map((entry) => (
        <li key={entry.to} className={styles.card}>
          <Heading as="h3" className={styles.title}>
            <Icon name={entry.icon} className={styles.icon} />
            {entry.title}
          </Heading>
          <p>{entry.description}</p>
          <Link className="button button--primary" to={entry.to}>
            {entry.linkText}
          </Link>
        </li>
      ))}
    </ul>
  );
}
