import React from 'react';
import type {CountyOverview as County} from '@site/src/data/counties';

function outsideText(county: County): string {
  if (county.municipalitiesOutside === null) return 'Ikke oppgitt';
  if (county.municipalitiesTotal !== undefined)
    return `${county.municipalitiesOutside} av ${county.municipalitiesTotal}`;
  return String(county.municipalitiesOutside);
}

/** Per county: the cooperations figure 1 names and the municipalities outside any mapped cooperation. */
export default function CountyOverview({counties}: {counties: readonly County[]}): React.ReactElement {
  return (
    <div className="table-scroll">
      <table>
        <caption>Kommunale og fylkeskommunale innkjøpssamarbeid per fylke (fylkesinndelingen i 2017)</caption>
        <thead>
          <tr>
            <th scope="col">Fylke</th>
            <th scope="col">Samarbeid som nevnes</th>
            <th scope="col">Hva kartleggingen sier</th>
            <th scope="col">Kommuner utenfor samarbeid</th>
          </tr>
        </thead>
        <tbody>
          {counties.map((county) => (
            <tr key={county.id}>
              <th scope="row">{county.name}</th>
              <td>{county.named.length > 0 ? county.named.join(', ') : 'Ingen navngitt'}</td>
              <td>{county.cooperations}</td>
              <td>
                <strong>{outsideText(county)}</strong>
                <br />
                {county.outsideNote}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
