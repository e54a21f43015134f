import React from 'react';

/** Stands in for @docusaurus/Head: what a page puts in <head> is rendered in place, so tests can read it. */
export default function Head({children}: {children?: React.ReactNode}): React.ReactElement {
  return <div data-testid="head">{children}</div>;
}
