import React from 'react';

/**
 * A table that may be wider than a phone, in a focusable region with a name, so a keyboard user can scroll it
 * and a screen-reader user hears what it holds. The same markup as Markdown tables get from rehype-table-regions,
 * so both look and behave alike (custom.css).
 */
export default function TableRegion({label, children}: {label: string; children: React.ReactNode}): React.ReactElement {
  return (
    // A scrollable region must be focusable to be scrolled by keyboard (WCAG 2.1.1), hence tabIndex on a div.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={`Tabell: ${label}`} tabIndex={0}>
      {children}
    </div>
  );
}
