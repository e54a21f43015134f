/**
 * The theme's blog layout, with the news list's heading first in its <main>
 * column: the only place for it that sits beside the sidebar, as the post
 * pages' titles do. Empty on every page but the news list.
 */
import React from 'react';
import BlogLayout from '@theme-original/BlogLayout';
import type BlogLayoutType from '@theme/BlogLayout';
import type {WrapperProps} from '@docusaurus/types';
import BlogListHeader from '@site/src/components/BlogListHeader';

export default function BlogLayoutWrapper({
  children,
  ...props
}: WrapperProps<typeof BlogLayoutType>): React.ReactElement {
  return (
    <BlogLayout {...props}>
      <BlogListHeader />
      {children}
    </BlogLayout>
  );
}
