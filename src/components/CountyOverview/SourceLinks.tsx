import React from 'react';
import Link from '@docusaurus/Link';

type Source = {readonly label: string; readonly url: string};

/** Sources as links in running text, separated by semicolons. */
export default function SourceLinks({sources}: {sources: readonly Source[]}): React.ReactElement {
  return (
    <>
      {sources.map((source, i) => (
        <React.Fragment key={source.url}>
          {i > 0 && '; '}
          <Link to={source.url}>{source.label}</Link>
        </React.Fragment>
      ))}
    </>
  );
}
