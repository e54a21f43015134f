/**
 * Code blocks without syntax highlighting. The portal is prose for buyers, not
 * code; the theme's highlighter (prism-react-renderer) builds its grammars on
 * every page load and was the largest single cost of a page on a slow phone.
 * See src/plugins/plain-code-blocks, which keeps it out of the bundle.
 */
import React from 'react';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

export default function CodeBlock({children, className, title}: Props): React.ReactElement {
  const code = (
    // Focusable, so a reader on a keyboard can scroll a long line into view.
    <pre className={styles.pre} tabIndex={0}>
      <code className={className}>{children}</code>
    </pre>
  );
  if (!title) return code;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.title}>{title}</figcaption>
      {code}
    </figure>
  );
}
