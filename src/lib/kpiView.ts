/** Where KPIs are defined and how a page picks them out of src/data/kpis.ts. */
import {getKpi, type Kpi} from '../data/kpis';
import {handbookPath} from '../data/routes';

/** The guide to measuring savings holds the full KPI table; each row has this anchor. */
export function kpiAnchor(id: string): string {
  return `kpi-${id}`;
}

export function kpiHref(id: string): string {
  return handbookPath(`gevinstmaling/#${kpiAnchor(id)}`);
}

/** The KPIs a page names, in the page's order; a repeated id is an editor's mistake, reported with the id. */
export function selectKpis(ids: readonly string[]): Kpi[] {
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new Error(`Nøkkeltallet «${repeated}» står to ganger i samme tabell.`);
  return ids.map(getKpi);
}

/** Where a definition comes from, said on every page that shows it. */
export function kpiSourceNote(kpi: Kpi): string {
  return kpi.source.definedBy === 'report'
    ? `Kilde: ${kpi.source.reference}.`
    : `Portalens definisjon; rapporten ber om nøkkeltall, men definerer ikke dette (bakgrunn: ${kpi.source.basis}).`;
}

export type KpiColumn = {label: string; text: (kpi: Kpi) => string};

/** Columns a page may add to the definition, for the job it does: the mandate assigns who reports, guides plan. */
export const KPI_DETAIL_COLUMNS = {
  dataSource: {label: 'Datakilde', text: (kpi) => kpi.dataSource},
  frequency: {label: 'Hyppighet', text: (kpi) => kpi.frequency},
  reportedBy: {label: 'Hvem leverer tallene', text: (kpi) => kpi.reportedBy},
} as const satisfies Record<string, KpiColumn>;

export type KpiDetail = keyof typeof KPI_DETAIL_COLUMNS;

/** The columns after the KPI's name, the same on the page and in the Word file. */
export function kpiColumns(details: readonly KpiDetail[] = []): KpiColumn[] {
  return [
    {label: 'Definisjon', text: (kpi) => `${kpi.definition} ${kpiSourceNote(kpi)}`},
    {label: 'Formel og enhet', text: (kpi) => `${kpi.formula} Enhet: ${kpi.unit.toLocaleLowerCase('nb-NO')}.`},
    {label: 'Kreditnotaer', text: (kpi) => kpi.creditNotes},
    ...details.map((detail) => KPI_DETAIL_COLUMNS[detail]),
  ];
}

export const KPI_TABLE_CAPTION = 'Nøkkeltall med definisjon, formel og behandling av kreditnotaer';
