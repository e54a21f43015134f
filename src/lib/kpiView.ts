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
