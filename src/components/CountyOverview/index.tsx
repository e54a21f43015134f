import React from 'react';
import {COUNTY_CHANGES, MUNICIPALITY_MOVES, type CountyOverview as County} from '@site/src/data/counties';
import {describeTodaysCounty} from '@site/src/lib/cooperationFilter';
import {formatDate} from '@site/src/lib/format';
import StackedTable from '@site/src/components/StackedTable';
import SourceLinks from './SourceLinks';

function outsideText(county: County): string {
  if (county.municipalitiesOutside === null) return 'Ikke oppgitt';
  if (county.municipalitiesTotal !== undefined)
    return `${county.municipalitiesOutside} av ${county.municipalitiesTotal}`;
  return String(county.municipalitiesOutside);
}

/**
 * Per county: the cooperations figure 1 names and the municipalities outside any mapped cooperation, in the
 * counties of 2017 the report uses, each beside the county it is part of today.
 */
export default function CountyOverview({counties}: {counties: readonly County[]}): React.ReactElement {
  return (
    <>
      <StackedTable
        caption="Kommunale og fylkeskommunale innkjøpssamarbeid per fylke, i fylkesinndelingen fra 2017 som kartleggingen bygger på, med fylket i dag"
        rows={counties}
        rowKey={(county) => county.id}
        rowHeader={{label: 'Fylke i 2017', render: (county) => county.name}}
        columns={[
          {label: 'Fylket i dag', render: describeTodaysCounty},
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
      <p>
        Fylket i dag følger sammenslåingen av Trøndelag i 2018, regionreformen i 2020 og delingen av Viken, Vestfold og
        Telemark og Troms og Finnmark i 2024. Det gjelder fylket som helhet; enkelte kommuner har byttet fylke.{' '}
        {MUNICIPALITY_MOVES.map((move) => (
          <React.Fragment key={move.municipality}>
            {move.note} (<SourceLinks sources={move.sources} />){' '}
          </React.Fragment>
        ))}
        Kilder (kontrollert {formatDate(COUNTY_CHANGES.checked)}): <SourceLinks sources={COUNTY_CHANGES.sources} />.
      </p>
    </>
  );
}
