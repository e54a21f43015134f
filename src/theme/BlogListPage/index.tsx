/**
 * The theme's news list, marked so that the blog layout gives it an <h1>
 * (see src/theme/BlogLayout and src/components/BlogListHeader).
 */
import React from 'react';
import BlogListPage from '@theme-original/BlogListPage';
import type BlogListPageType from '@theme/BlogListPage';
import type {WrapperProps} from '@docusaurus/types';
import {BlogListTitle} from '@site/src/components/BlogListHeader';

export default function BlogListPageWrapper(props: WrapperProps<typeof BlogListPageType>): React.ReactElement {
  return (
    <BlogListTitle title={props.metadata.blogTitle} description={props.metadata.blogDescription}>
      <BlogListPage {...props} />
    </BlogListTitle>
  );
}
