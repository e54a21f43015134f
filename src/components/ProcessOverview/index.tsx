import React from 'react';
import Link from '@docusaurus/Link';
import {PHASES} from '@site/src/data/process';

/** The eight phases of the process template, in order. */
export default function ProcessOverview(): React.ReactElement {
  return (
    <ol>
      {PHASES.map((phase) => (
        <li key={phase.id}>
          <Link to={phase.route}>{phase.name}</Link>
        </li>
      ))}
    </ol>
  );
}
