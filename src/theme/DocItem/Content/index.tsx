/**
 * The theme's doc content with, right under its title, whether the page is kept
 * for reading offline and a template's or guide's version, status, owner and
 * review date; at the end a template's version history, the offline line again,
 * in full, and a way to tell the publisher whether the page helped.
 *
 * Both go in as children of the original, which renders its synthetic <h1>
 * from front matter above the children: so the metadata lands under the title
 * only while no page has its own `# h1` (tests/unit/docTitles.test.ts keeps it
 * that way).
 */
import React from 'react';
import DocItemContent from '@theme-original/DocItem/Content';
import type DocItemContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import DocumentMeta from '@site/src/components/DocumentMeta';
import OfflinePageStatus from '@site/src/components/OfflinePageStatus';
import PageFeedback from '@site/src/components/PageFeedback';
import TemplateHistory from '@site/src/components/TemplateHistory';

export default function DocItemContentWrapper({children}: WrapperProps<typeof DocItemContentType>): React.ReactElement {
  const {frontMatter, metadata} = useDoc();
  return (
    <DocItemContent>
      <OfflinePageStatus compact />
      <DocumentMeta frontMatter={frontMatter as Record<string, unknown>} />
      {children}
      <TemplateHistory frontMatter={frontMatter as Record<string, unknown>} />
      <OfflinePageStatus />
      <PageFeedback title={metadata.title} />
    </DocItemContent>
  );
}
