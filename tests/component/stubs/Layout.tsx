import React from 'react';

/** Stand-in for @theme/Layout outside a Docusaurus app: the page content alone. */
export default function Layout({children}: {children: React.ReactNode; title?: string; description?: string}) {
  return <>{children}</>;
}
