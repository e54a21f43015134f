import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {CREDIT_NOTE_RULE} from '@site/src/data/kpis';
import {KPI_TABLE_CAPTION, kpiAnchor, kpiColumns, selectKpis, type KpiDetail} from '@site/src/lib/kpiView';
import StackedTable from '@site/src/components/StackedTable';

type Props = {
  ids: readonly string[];
  caption?: string;
  details?: readonly KpiDetail[];
  /** Give each row the anchor KpiName links to; only on the page that holds the definitions. */
  anchors?: boolean;
};

/** A KPI's name with the anchor KpiName links to, registered so the build checks links to it. */
function AnchoredName({id, name}: {id: string; name: string}): React.ReactElement {
  const anchor = kpiAnchor(id);
  useBrokenLinks().collectAnchor(anchor);
  return <span id={anchor}>{name}</span>;
}

/**
 * KPIs as src/data/kpis.ts defines them: definition, formula with unit and how credit notes count, the same on
 * every page. A card per KPI on a phone.
 */
export default function KpiTable({
  ids,
  caption = KPI_TABLE_CAPTION,
  details,
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
          render: (kpi) => (anchors ? <AnchoredName id={kpi.id} name={kpi.name} /> : kpi.name),
        }}
        columns={kpiColumns(details).map((column) => ({label: column.label, render: column.text}))}
      />
      <p>
        <strong>Kreditnotaer, felles regel:</strong> {CREDIT_NOTE_RULE}
      </p>
    </>
  );
}
