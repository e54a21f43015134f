import React from 'react';
import Link from '@docusaurus/Link';
import Icon from '@site/src/components/Icon';

/**
 * A link that downloads one of the site's files (Word templates, SCORM packages): `path` is under the base URL.
 * pathname:// keeps the router away from a file while Link still adds the base URL; _self undoes the new tab Link
 * gives such links. A button-styled download carries the download icon.
 */
export default function FileDownload({
  path,
  button,
  children,
}: {
  path: string;
  button?: 'primary' | 'secondary';
  children: React.ReactNode;
}): React.ReactElement {
  return (
    <Link
      className={button ? `button button--${button}` : undefined}
      href={`pathname://${path}`}
      target="_self"
      download
    >
      {button && (
        <>
          <Icon name="download" />{' '}
        </>
      )}
      {children}
    </Link>
  );
}
