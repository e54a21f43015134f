/**
 * The theme's list of posts (news list, tag pages), laid out as a compact
 * change log: one entry per change, with a modest title, not a stack of articles.
 */
import React from 'react';
import BlogPostItems from '@theme-original/BlogPostItems';
import type BlogPostItemsType from '@theme/BlogPostItems';
import type {WrapperProps} from '@docusaurus/types';
import styles from './styles.module.css';

export default function BlogPostItemsWrapper(props: WrapperProps<typeof BlogPostItemsType>): React.ReactElement {
  return (
    <div className={styles.changeLog}>
      <BlogPostItems {...props} />
    </div>
  );
}
