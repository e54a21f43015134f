import React from 'react';
import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {RelatedLink} from '@site/src/lib/frontMatterSchema';

/**
 * The guide's `related` front matter as a list of links. Rendering them with
 * <Link> lets the build's broken-link check refuse a route that does not exist.
 */
export default function RelatedLinks(): React.ReactElement {
  const related = (useDoc().frontMatter as {related?: RelatedLink[]}).related ?? [];
  return (
    <ul>
      {related.map((link) => (
        <li key={link.to}>
          <Link to={link.to}>{link.title}</Link>
        </li>
      ))}
    </ul>
  );
}
