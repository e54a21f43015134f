import React from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {GLOSSARY, type GlossaryEntry} from '@site/src/data/glossary';
import styles from './styles.module.css';

function sortedEntries(): GlossaryEntry[] {
  return [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'nb'));
}

function joined(words: readonly string[]): string {
  return words.map((w) => `«${w}»`).join(', ');
}

function Term({entry}: {entry: GlossaryEntry}): React.ReactElement {
  // Register the anchor, so links to /handbok/begreper/#<id> are checked by the build.
  useBrokenLinks().collectAnchor(entry.id);
  return (
    <div className={styles.entry}>
      <dt id={entry.id} className={styles.term}>
        {entry.term}
      </dt>
      <dd className={styles.details}>
        <p>{entry.definition}</p>
        {entry.source && (
          <p>
            <span className={styles.label}>Kilde:</span> <Link href={entry.source.url}>{entry.source.label}</Link>
          </p>
        )}
        {entry.avoid.length > 0 && (
          <p>
            <span className={styles.label}>Bruk ikke:</span> {joined(entry.avoid)}
          </p>
        )}
        {entry.synonyms.length > 0 && (
          <p>
            <span className={styles.label}>Andre ord du kan søke på:</span> {joined(entry.synonyms)}
          </p>
        )}
        {entry.related.length > 0 && (
          <p>
            <span className={styles.label}>Les mer:</span>{' '}
            {entry.related.map((link, i) => (
              <React.Fragment key={link.to}>
                {i > 0 && ', '}
                <Link to={link.to}>{link.title}</Link>
              </React.Fragment>
            ))}
          </p>
        )}
      </dd>
    </div>
  );
}

/** The whole glossary as one definition list, alphabetical in Norwegian order, with an anchor per term. */
export default function Glossary(): React.ReactElement {
  return (
    <dl className={styles.glossary}>
      {sortedEntries().map((entry) => (
        <Term key={entry.id} entry={entry} />
      ))}
    </dl>
  );
}
