import React from 'react';

type Props = React.AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string};

/** Stand-in for @docusaurus/Link outside a Docusaurus app: a plain anchor. */
export default function Link({to, href, ...rest}: Props): React.ReactElement {
  return <a href={to ?? href} {...rest} />;
}
