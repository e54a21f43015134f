import React from 'react';
import Link from '@docusaurus/Link';
import {getRole} from '@site/src/data/roles';
import {RACI_LABELS, phasesOwnedBy} from '@site/src/lib/raci';

/** The phases a role owns, derived from the RACI matrices so role pages and phase pages always agree. */
export default function RolePhases({role}: {role: string}): React.ReactElement {
  const {id} = getRole(role);
  const owned = phasesOwnedBy(id);
  if (owned.length === 0)
    return <p>Rollen har ikke ansvar for egne aktiviteter i prosessmalen, men rådføres og informeres underveis.</p>;
  return (
    <ul>
      {owned.map(({phase, letters}) => (
        <li key={phase.id}>
          <Link to={phase.route}>{phase.name}</Link>: {letters.map((l) => RACI_LABELS[l].toLowerCase()).join(' og ')}
        </li>
      ))}
    </ul>
  );
}
