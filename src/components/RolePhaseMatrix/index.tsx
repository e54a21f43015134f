import React from 'react';
import Link from '@docusaurus/Link';
import {PHASES} from '@site/src/data/process';
import {rolePhaseMatrix} from '@site/src/lib/raci';
import RaciLetter from '@site/src/components/RaciLetter';
import {handbookPath} from '@site/src/data/routes';
import TableRegion from '@site/src/components/TableRegion';

/** Role × phase: the strongest RACI letter each role has in each phase. */
export default function RolePhaseMatrix(): React.ReactElement {
  return (
    <TableRegion label="Roller og faser">
      <table className="matrix">
        <caption>
          Roller og faser: sterkeste ansvar per fase (A har ansvaret, R utfører, C rådføres, I informeres)
        </caption>
        <thead>
          <tr>
            <th scope="col">Rolle</th>
            {PHASES.map((phase, index) => (
              <th key={phase.id} scope="col">
                <Link to={phase.route} title={phase.name}>
                  {index + 1}. {phase.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rolePhaseMatrix().map((row) => (
            <tr key={row.roleId}>
              <th scope="row">
                <Link to={handbookPath(`roller/${row.roleId}/`)}>{row.roleName}</Link>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.phaseId}>
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
