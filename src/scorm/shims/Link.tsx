import React from 'react';

type LinkProps = React.AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string};

/**
 * @docusaurus/Link inside a package, where there is no router: the quiz's links are fragments within the lesson.
 * Its children are the quiz's own link texts.
 */
export default function Link({to, href, children, ...rest}: LinkProps): React.ReactElement {
  return (
    // eslint-disable-next-line @docusaurus/no-html-links -- a package has no Docusaurus router to link through
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
