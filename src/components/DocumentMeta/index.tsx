import React from 'react';
import Link from '@docusaurus/Link';
import {documentMetaRows, templateDownloadPath, templateHistoryPath} from '@site/src/lib/documentMeta';
import {isTemplate} from '@site/src/lib/templateMarker';
import clsx from 'clsx';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import styles from './styles.module.css';

/**
 * Version, status, owner and review date of a template or guide, as a
 * description list; templates also get their Word download, print and history.
 */
export default function DocumentMeta({frontMatter}: {frontMatter: Record<string, unknown>}): React.ReactElement | null {
  const rows = documentMetaRows(frontMatter);
  if (rows.length === 0) return null;
  const templateId = isTemplate(frontMatter) ? String(frontMatter.template_id) : undefined;
  return (
    <div className={clsx(styles.box, SEARCH_IGNORE_CLASS)}>
      <dl className={styles.meta} aria-label="Om dokumentet">
        {rows.map((row) => (
          <div key={row.label} className={styles.row}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {templateId && (
        <p className={styles.actions}>
          {/* pathname:// keeps the router away from a file while Link still adds the base URL; _self undoes Link's new tab for it. */}
          <Link
            className="button button--sm button--primary"
            href={`pathname://${templateDownloadPath(templateId)}`}
            target="_self"
            download
          >
            Last ned som Word (.docx)
          </Link>
          <button type="button" className="button button--sm button--secondary" onClick={() => window.print()}>
            Skriv ut malen
          </button>
          <Link to={templateHistoryPath(templateId)}>Endringslogg for malen</Link>
        </p>
      )}
    </div>
  );
}
