/**
 * The home crumb, followed by the part of the site the page is in («Håndbok», «Veiledere», «Kurs»): the sidebar
 * has no item for the part itself, so without this a reader on a phone cannot see or reach it from the trail.
 */
import React from 'react';
import Home from '@theme-original/DocBreadcrumbs/Items/Home';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useActivePlugin} from '@docusaurus/plugin-content-docs/client';
import {PART_LABELS, ROUTE_BASES, partOfDocsInstance} from '@site/src/data/routes';

export default function HomeWithPart(): React.ReactElement {
  const part = partOfDocsInstance(useActivePlugin()?.pluginId ?? '');
  const partHref = useBaseUrl(part ? `/${ROUTE_BASES[part]}/` : '/');
  const {pathname} = useLocation();
  return (
    <>
      <Home />
      {part && pathname !== partHref && (
        <li className="breadcrumbs__item">
          <Link className="breadcrumbs__link" href={partHref}>
            {PART_LABELS[part]}
          </Link>
        </li>
      )}
    </>
  );
}
