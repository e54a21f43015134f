import React from 'react';

type HeadingProps = React.HTMLAttributes<HTMLHeadingElement> & {as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'};

/** @theme/Heading outside a Docusaurus app (the SCORM lessons, component tests): the heading, without its anchor link. */
export default function Heading({as: Tag, ...rest}: HeadingProps): React.ReactElement {
  return <Tag {...rest} />;
}
