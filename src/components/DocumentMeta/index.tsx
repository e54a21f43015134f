import React from 'react';
import Link from '@docusaurus/Link';
import Head from '@docusaurus/Head';
import {usePluginData} from '@docusaurus/useGlobalData';
import {documentMetaRows, printPageHeader, templateDownloadPath} from '@site/src/lib/documentMeta';
import {HISTORY_ANCHOR} from '@site/src/lib/templateHistory';
import {formatFileSize} from '@site/src/lib/format';
import {isTemplate} from '@site/src/lib/templateMarker';
import {publisherOwner} from '@site/src/data/publisher';
import {usePublisher} from '@site/src/hooks/usePublisher';
import type {TemplateDownloadsData} from '@site/src/plugins/template-downloads';
import clsx from 'clsx';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import styles from './styles.module.css';
import FileDownload from '@site/src/components/FileDownload';

/** The Word file's size, from the plugin that made it; unknown (a page outside the handbook) leaves it out. */
function useDownloadSize(templateId: string): string | undefined {
  const data = usePluginData('template-downloads') as TemplateDownloadsData | undefined;
  const bytes = data?.sizes[templateId];
  return bytes === undefined ? undefined : formatFileSize(bytes);
}

function TemplateActions({frontMatter, templateId}: {frontMatter: Record<string, unknown>; templateId: string}) {
  const size = useDownloadSize(templateId);
  return (
    <>
      {/* Printed pages carry the template's name, version and date in the page margin (custom.css sets the rest). */}
      <Head>
        <style>{`@page { @top-left { content: ${JSON.stringify(printPageHeader(frontMatter))}; } }`}</style>
      </Head>
      <p className={styles.actions}>
        <FileDownload path={templateDownloadPath(templateId)} button="primary">
          Last ned som Word{size ? ` (${size})` : ''}
        </FileDownload>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Skriv ut malen
        </button>
        <Link to={`#${HISTORY_ANCHOR}`}>Versjonshistorikk og tidligere versjoner</Link>
      </p>
    </>
  );
}

/**
 * Version, status, owner and review date of a template or guide, as a
 * description list; templates also get their Word download, print and history.
 */
export default function DocumentMeta({frontMatter}: {frontMatter: Record<string, unknown>}): React.ReactElement | null {
  const rows = documentMetaRows(frontMatter, publisherOwner(usePublisher()));
  if (rows.length === 0) return null;
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
      {isTemplate(frontMatter) && (
        <TemplateActions frontMatter={frontMatter} templateId={String(frontMatter.template_id)} />
      )}
    </div>
  );
}
