/**
 * Figures from «Kartlegging av innkjøpssamarbeid i offentlig sektor» (KPMG for Difi, 2018).
 * Every number here is stated in the report's text; each finding names where.
 * Pages show these by id and never retype the numbers.
 */

export type Group = 'alle' | 'kommune' | 'stat';
export type Unit = 'prosent' | 'antall';

export type SurveyValue = {
  group: Group;
  value: number;
  /** The whole the value is part of, when the report states it ("365 av 426"). */
  of?: number;
};

export type SurveySource = {
  /** Figure number in the report, when the number belongs to a figure. */
  figure?: number;
  /** Section heading in the report. */
  section: string;
};

export type SurveyFinding = {
  id: string;
  label: string;
  /** One sentence of context, in Norwegian. */
  context: string;
  unit: Unit;
  values: readonly SurveyValue[];
  /** Number of respondents behind the figure, where the report states it. */
  n?: number;
  source: SurveySource;
};

const FINDINGS = [
  {
    id: 'samarbeid-kartlagt',
    label: 'innkjøpssamarbeid kartlagt',
    context: '74 av dem er i kommunal og fylkeskommunal sektor og 22 i statlig sektor.',
    unit: 'antall',
    values: [{group: 'alle', value: 96}],
    source: {section: 'Sammendrag'},
  },
  {
    id: 'kommuner-i-samarbeid',
    label: 'kommuner deltar i minst ett innkjøpssamarbeid',
    context: 'Alle fylkeskommunene er også med. Tallet bygger på kommuneinndelingen i 2017.',
    unit: 'antall',
    values: [{group: 'alle', value: 365, of: 426}],
    source: {section: 'Sammendrag'},
  },
  {
    id: 'dokumenterte-besparelser',
    label: 'har dokumenterte kostnadsbesparelser',
    context: 'Besparelser er det flest trekker fram som viktigst, men få kan vise til dem.',
    unit: 'prosent',
    values: [{group: 'alle', value: 15}],
    n: 131,
    source: {figure: 22, section: 'Funn fra spørreundersøkelse'},
  },
] as const satisfies readonly SurveyFinding[];

export type SurveyFindingId = (typeof FINDINGS)[number]['id'];

export const SURVEY_FINDINGS: readonly (SurveyFinding & {id: SurveyFindingId})[] = FINDINGS;

export function getFinding(id: SurveyFindingId): SurveyFinding {
  const finding = SURVEY_FINDINGS.find((f) => f.id === id);
  if (!finding) throw new Error(`Ukjent funn: ${id}`);
  return finding;
}
