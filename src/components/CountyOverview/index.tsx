import React from 'react';
import type {CountyOverview as County} from '@site/src/data/counties';
import StackedTable from '@site/src/components/StackedTable';

function outsideText(county: County): string {
  if (county.municipalitiesOutside === null) return 'Ikke oppgitt';
  if (county.municipalitiesTotal !== undefined)
    return `${county.municipalitiesOutside} av ${county.municipalitiesTotal}`;
  return String(county.municipalitiesOutside);
}

/** Per county: the cooperations figure 1 names and the municipalities outside any mapped cooperation. */
export default function CountyOverview({counties}: {counties: readonly County[]}): React.ReactElement {
  return (
    <StackedTable
      caption="Kommunale og fylkeskommunale innkjøpssamarbeid per fylke (fylkesinndelingen i 2017)"
      rows={counties}
      rowKey={(county) => county.id}
      rowHeader={{label: 'Fylke', render: (county) => county.name}}
      columns={[
        {
          label: 'Samarbeid som nevnes',
          render: (county) => (county.named.length > 0 ? county.named.join(', ') : 'Ingen navngitt'),
        },
        {label: 'Hva kartleggingen sier', render: (county) => county.cooperations},
        {
          label: 'Kommuner utenfor samarbeid',
          render: (county) => (
            <>
              <strong>{outsideText(county)}</strong>
              <br />
              {county.outsideNote}
            </>
          ),
        },
      ]}
    />
  );
}
