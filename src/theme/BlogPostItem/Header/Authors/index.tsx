/**
 * The change log lists changes, not articles: the news list shows no author
 * block. A post's own page keeps it, as the record of who published the change.
 */
import React from 'react';
import Authors from '@theme-original/BlogPostItem/Header/Authors';
import type AuthorsType from '@theme/BlogPostItem/Header/Authors';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';

export default function AuthorsWrapper(props: WrapperProps<typeof AuthorsType>): React.ReactElement | null {
  const {isBlogPostPage} = useBlogPost();
  return isBlogPostPage ? <Authors {...props} /> : null;
}
