import React from 'react';

type Props = React.HTMLAttributes<HTMLHeadingElement> & {as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'};

/** Stand-in for @theme/Heading outside a Docusaurus app: the heading element itself, without the anchor link. */
export default function Heading({as: Tag, ...rest}: Props): React.ReactElement {
  return <Tag {...rest} />;
}
