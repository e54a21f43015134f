/**
 * Ejected from @docusaurus/theme-classic 3.10 to show a template's or guide's
 * version, status, owner and review date right under its title. Otherwise the
 * same as the original: a synthetic <h1> from front matter unless the content
 * has its own. Ends with whether the page is kept for reading offline.
 */
import React from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import DocumentMeta from '@site/src/components/DocumentMeta';
import OfflinePageStatus from '@site/src/components/OfflinePageStatus';

export default function DocItemContent({children}: Props): React.ReactElement {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const syntheticTitle = !frontMatter.hide_title && contentTitle === undefined ? metadata.title : null;
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      <header>
        {syntheticTitle && <Heading as="h1">{syntheticTitle}</Heading>}
        <DocumentMeta frontMatter={frontMatter as Record<string, unknown>} />
      </header>
      <MDXContent>{children}</MDXContent>
      <OfflinePageStatus />
    </div>
  );
}
