/**
 * The theme's archive titles the page with an <h1> and each year with an <h3>,
 * skipping a level in the outline screen readers navigate by (and an error in
 * the Nu Html Checker). The years become <h2>; the page is otherwise the theme's.
 */
import React from 'react';
import BlogArchivePage from '@theme-original/BlogArchivePage';
import type BlogArchivePageType from '@theme/BlogArchivePage';
import type {WrapperProps} from '@docusaurus/types';
import {HeadingLevels} from '@site/src/components/HeadingLevels';

export default function BlogArchivePageWrapper(props: WrapperProps<typeof BlogArchivePageType>): React.ReactElement {
  return (
    <HeadingLevels map={{h3: 'h2'}}>
      <BlogArchivePage {...props} />
    </HeadingLevels>
  );
}
