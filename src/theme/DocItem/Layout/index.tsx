/**
 * The theme's doc layout decides in the layout itself whether the desktop table of contents is shown, by window
 * size: so on a phone, right after hydration, the whole layout (breadcrumbs, both tables of contents, footer,
 * paginator) rendered again to drop one column. Here only that column knows the window size. Ejected, not
 * wrapped: the choice sits inside the theme's component; the rest is the theme's, as in 3.10.2.
 */
import React from 'react';
import clsx from 'clsx';
import {useWindowSize} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import DocItemPaginator from '@theme/DocItem/Paginator';
import DocVersionBanner from '@theme/DocVersionBanner';
import DocVersionBadge from '@theme/DocVersionBadge';
import DocItemFooter from '@theme/DocItem/Footer';
import DocItemTOCMobile from '@theme/DocItem/TOC/Mobile';
import DocItemTOCDesktop from '@theme/DocItem/TOC/Desktop';
import DocItemContent from '@theme/DocItem/Content';
import DocBreadcrumbs from '@theme/DocBreadcrumbs';
import ContentVisibility from '@theme/ContentVisibility';
import type {Props} from '@theme/DocItem/Layout';
import {useIdleAfterLoad} from '@site/src/hooks/useIdleAfterLoad';
import styles from '@docusaurus/theme-classic/lib/theme/DocItem/Layout/styles.module.css';

/**
 * The desktop table of contents, rendered by the server. A phone hides it by CSS and drops it at the first idle
 * moment, so its scroll spy does not run on every scroll, and the removal is not part of the busy start-up.
 */
function DesktopTOC(): React.ReactElement | null {
  const onPhone = useWindowSize() === 'mobile';
  const idle = useIdleAfterLoad();
  return onPhone && idle ? null : <DocItemTOCDesktop />;
}

export default function DocItemLayout({children}: Props): React.ReactElement {
  const {frontMatter, toc, metadata} = useDoc();
  const hidden = frontMatter.hide_table_of_contents;
  const hasTOC = !hidden && toc.length > 0;
  return (
    <div className="row">
      <div className={clsx('col', !hidden && styles.docItemCol)}>
        <ContentVisibility metadata={metadata} />
        <DocVersionBanner />
        <div className={styles.docItemContainer}>
          <article>
            <DocBreadcrumbs />
            <DocVersionBadge />
            {hasTOC && <DocItemTOCMobile />}
            <DocItemContent>{children}</DocItemContent>
            <DocItemFooter />
          </article>
          <DocItemPaginator />
        </div>
      </div>
      {hasTOC && (
        <div className="col col--3">
          <DesktopTOC />
        </div>
      )}
    </div>
  );
}
