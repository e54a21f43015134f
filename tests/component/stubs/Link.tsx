import React from 'react';

type Props = React.AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string};

/** Stand-in for @docusaurus/Link outside a Docusaurus app: a plain anchor, with the pathname:// marker removed as Link does. */
export default function Link({to, href, ...rest}: Props): React.ReactElement {
  return <a href={(to ?? href)?.replace('pathname://', '')} {...rest} />;
}
