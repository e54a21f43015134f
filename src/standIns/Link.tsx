import React from 'react';

type LinkProps = React.AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string};

/**
 * @docusaurus/Link outside a Docusaurus app (the SCORM lessons, component tests): a plain anchor, with the
 * pathname:// marker removed as Link does. A package has no router, and the quiz's links are fragments.
 */
export default function Link({to, href, children, ...rest}: LinkProps): React.ReactElement {
  return (
    // eslint-disable-next-line @docusaurus/no-html-links -- there is no Docusaurus router to link through
    <a href={(to ?? href)?.replace('pathname://', '')} {...rest}>
      {children}
    </a>
  );
}
