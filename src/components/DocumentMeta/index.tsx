import React from 'react';
import {documentMetaRows} from '@site/src/lib/documentMeta';
import styles from './styles.module.css';

/** Version, status, owner and review date of a template or guide, as a description list. */
export default function DocumentMeta({frontMatter}: {frontMatter: Record<string, unknown>}): React.ReactElement | null {
  const rows = documentMetaRows(frontMatter);
  if (rows.length === 0) return null;
  return (
    <dl className={styles.meta} aria-label="Om dokumentet">
      {rows.map((row) => (
        <div key={row.label} className={styles.row}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
