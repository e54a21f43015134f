import React from 'react';
import {CREDIT_NOTE_RULE, type Kpi} from '@site/src/data/kpis';
import {kpiAnchor, selectKpis} from '@site/src/lib/kpiView';
import StackedTable, {type StackedColumn} from '@site/src/components/StackedTable';

/** Columns a page may add to the definition, for the job it does: the mandate assigns who reports, guides plan. */
const DETAIL_COLUMNS = {
  dataSource: {label: 'Datakilde', render: (kpi) => kpi.dataSource},
  frequency: {label: 'Hyppighet', render: (kpi) => kpi.frequency},
  reportedBy: {label: 'Hvem leverer tallene', render: (kpi) => kpi.reportedBy},
} as const satisfies Record<string, StackedColumn<Kpi>>;

type Props = {
  ids: readonly string[];
  caption?: string;
  details?: readonly (keyof typeof DETAIL_COLUMNS)[];
  /** Give each row the anchor KpiName links to; only on the page that holds the definitions. */
  anchors?: boolean;
};

function sourceNote(kpi: Kpi): string {
  return kpi.source.definedBy === 'report'
    ? `Kilde: ${kpi.source.reference}.`
    : `Portalens definisjon; rapporten ber om nøkkeltall, men definerer ikke dette (bakgrunn: ${kpi.source.basis}).`;
}

/**
 * KPIs as src/data/kpis.ts defines them: definition, formula with unit and how credit notes count, the same on
 * every page. A card per KPI on a phone.
 */
export default function KpiTable({
  ids,
  caption = 'Nøkkeltall med definisjon, formel og behandling av kreditnotaer',
  details = [],
  anchors = false,
}: Props): React.ReactElement {
  return (
    <>
      <StackedTable
        caption={caption}
        rows={selectKpis(ids)}
        rowKey={(kpi) => kpi.id}
        rowHeader={{
          label: 'Nøkkeltall',
          render: (kpi) => (anchors ? <span id={kpiAnchor(kpi.id)}>{kpi.name}</span> : kpi.name),
        }}
        columns={[
          {
            label: 'Definisjon',
            render: (kpi) => (
              <>
                {kpi.definition} <small>{sourceNote(kpi)}</small>
              </>
            ),
          },
          {
            label: 'Formel og enhet',
            render: (kpi) => (
              <>
                {kpi.formula} Enhet: {kpi.unit.toLocaleLowerCase('nb-NO')}.
              </>
            ),
          },
          {label: 'Kreditnotaer', render: (kpi) => kpi.creditNotes},
          ...details.map((detail) => DETAIL_COLUMNS[detail]),
        ]}
      />
      <p>
        <strong>Kreditnotaer, felles regel:</strong> {CREDIT_NOTE_RULE}
      </p>
    </>
  );
}
