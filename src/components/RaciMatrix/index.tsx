import React from 'react';
import Link from '@docusaurus/Link';
import {PHASES, type PhaseId} from '@site/src/data/process';
import {raciTable} from '@site/src/lib/raci';
import RaciLetter from '@site/src/components/RaciLetter';
import {handbookPath} from '@site/src/data/routes';
import TableRegion from '@site/src/components/TableRegion';

/** Who does what in a process phase, from src/data/process.ts; letters are spelled out for screen readers. */
export default function RaciMatrix({phase}: {phase: PhaseId}): React.ReactElement {
  const name = PHASES.find((p) => p.id === phase)?.name;
  if (!name) throw new Error(`Ukjent fase «${phase}». Kjente faser: ${PHASES.map((p) => p.id).join(', ')}`);
  const {roles, rows} = raciTable(phase);
  return (
    <TableRegion label={`Ansvarsmatrise for ${name.toLowerCase()}`}>
      <table className="matrix">
        <caption>
          Ansvarsmatrise (RACI) for {name.toLowerCase()}: R utfører, A har ansvaret, C rådføres, I informeres
        </caption>
        <thead>
          <tr>
            <th scope="col">Aktivitet</th>
            {roles.map((role) => (
              <th key={role.id} scope="col">
                <Link to={handbookPath(`roller/${role.id}/`)}>{role.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.activity}>
              <th scope="row">{row.activity}</th>
              {row.cells.map((cell) => (
                <td key={cell.roleId}>
                  <RaciLetter letter={cell.letter} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
