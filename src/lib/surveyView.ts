/**
 * Turns a survey finding into what the components show: the chosen value,
 * table rows per category and group, and chart bars. Pure; no React.
 */
import {
  FIGURE_TITLES,
  GROUP_LABELS,
  getFinding,
  type Group,
  type SurveyFinding,
  type SurveyValue,
} from '../data/survey';
import {formatSource, formatSurveyValue} from './format';
import {capitalize} from './text';
import {handbookPath} from '../data/routes';

const NOT_STATED = 'Ikke oppgitt';

const GROUP_ORDER: readonly Group[] = ['alle', 'kommune', 'stat'];

/** Groups that have at least one value in the finding, in a fixed order. */
export function groupsOf(finding: SurveyFinding): Group[] {
  return GROUP_ORDER.filter((group) => finding.values.some((v) => v.group === group));
}

/** Category keys in the order the finding declares them; one unnamed row when it has none. */
function categoryKeys(finding: SurveyFinding): (string | undefined)[] {
  return finding.categories ? Object.keys(finding.categories) : [undefined];
}

/** Heading of a chart or table of the finding. */
export function findingTitle(finding: SurveyFinding): string {
  return finding.title ?? capitalize(finding.label);
}

function categoryLabel(finding: SurveyFinding, category: string | undefined): string {
  if (category === undefined) return capitalize(finding.label);
  return finding.categories?.[category] ?? category;
}

export type ValueSelector = {group?: Group; category?: string};

/**
 * The one value a page asks for. Throws with a Norwegian message when the
 * selector matches nothing or more than one value, so a wrong reference in
 * MDX fails the build instead of showing a wrong number.
 */
export function selectValue(finding: SurveyFinding, {group, category}: ValueSelector = {}): SurveyValue {
  const matches = finding.values.filter(
    (v) => (group === undefined || v.group === group) && (category === undefined || v.category === category),
  );
  if (matches.length === 1) return matches[0]!;
  const wanted =
    [category && `kategori «${category}»`, group && `gruppe «${group}»`].filter(Boolean).join(' og ') || 'ingen utvalg';
  const options = finding.values.map((v) => [v.category, v.group].filter(Boolean).join('/')).join(', ');
  throw new Error(
    matches.length === 0
      ? `Funnet «${finding.id}» har ingen verdi for ${wanted}. Verdier: ${options || 'ingen'}.`
      : `Funnet «${finding.id}» har flere verdier for ${wanted}; angi category og/eller group. Verdier: ${options}.`,
  );
}

export function formatSelected(finding: SurveyFinding, selector?: ValueSelector): string {
  return formatSurveyValue(selectValue(finding, selector), finding.unit);
}

export type TableRow = {key: string; label: string; cells: {group: Group; text: string}[]};

/** One row per category, one cell per group present; what the report does not state says so. */
export function tableRows(finding: SurveyFinding): TableRow[] {
  const groups = groupsOf(finding);
  return categoryKeys(finding).map((category) => ({
    key: category ?? finding.id,
    label: categoryLabel(finding, category),
    cells: groups.map((group) => {
      const value = finding.values.find((v) => v.group === group && v.category === category);
      return {group, text: value ? formatSurveyValue(value, finding.unit) : NOT_STATED};
    }),
  }));
}

export type Bar = {
  category: string;
  categoryLabel: string;
  group: Group;
  groupLabel: string;
  value: number;
  text: string;
  /** What the bar stands for in words: the answer, and the group when it is not everyone. */
  description: string;
};

function describe(finding: SurveyFinding, categoryText: string, group: Group): string {
  if (!finding.categories) return GROUP_LABELS[group];
  return group === 'alle' ? categoryText : `${categoryText} – ${GROUP_LABELS[group].toLowerCase()}`;
}

/**
 * What one chosen value is about, «Ressursmangel i innkjøpsnettverket – kommunal sektor», for a callout whose
 * headline names only the figure; undefined when the value covers every respondent and has no category.
 */
export function selectionScope(finding: SurveyFinding, selector?: ValueSelector): string | undefined {
  const value = selectValue(finding, selector);
  if (value.category === undefined && value.group === 'alle') return undefined;
  return describe(finding, categoryLabel(finding, value.category), value.group);
}

/**
 * N as the report gives it. A sector's value out of the sample of respondents in a cooperation also names how
 * many of them are in that sector, so a municipal figure is not read as one of all 131.
 */
export function sampleText(finding: SurveyFinding, selector?: ValueSelector): string | undefined {
  if (finding.n === undefined) return undefined;
  const {group} = selectValue(finding, selector);
  const inCooperation = getFinding('respondenter-i-samarbeid').values[0]!.value;
  if (group === 'alle' || finding.n !== inCooperation) return `N = ${finding.n}.`;
  const inSector = selectValue(getFinding('respondenter-per-sektor'), {group}).value;
  return `N = ${finding.n} respondenter i samarbeid, av dem ${inSector} i ${GROUP_LABELS[group].toLowerCase()}.`;
}

/** The values a chart draws, grouped by category in declaration order. */
export function chartBars(finding: SurveyFinding): Bar[] {
  return categoryKeys(finding).flatMap((category) =>
    groupsOf(finding).flatMap((group) => {
      const value = finding.values.find((v) => v.group === group && v.category === category);
      if (!value) return [];
      const label = categoryLabel(finding, category);
      return [
        {
          category: category ?? finding.id,
          categoryLabel: label,
          group,
          groupLabel: GROUP_LABELS[group],
          value: value.value,
          text: formatSurveyValue(value, finding.unit),
          description: describe(finding, label, group),
        },
      ];
    }),
  );
}

/** Route of the source index, with the finding's anchor: one click from any figure to where it comes from. */
export function sourceHref(findingId: string): string {
  return handbookPath(`funn/kilder/#${findingId}`);
}

/** The method page's account of the interviews: who was asked, how, and about what. */
export const INTERVIEWS_HREF = handbookPath('funn/metode/#tre-faser');

/**
 * "Kartleggingen 2018, figur 14": the report gives interview findings on the page of a figure. An unknown figure
 * is an editor's typo and stops the build.
 */
export function interviewSource(figure: number): string {
  if (!(figure in FIGURE_TITLES))
    throw new Error(`Ukjent figur ${figure}: figurene står i FIGURE_TITLES i src/data/survey.ts.`);
  return formatSource({figure, section: 'Funn fra dybdeintervju'});
}
