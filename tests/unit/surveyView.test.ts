import {ROUTE_BASES} from '@site/src/data/routes';
import {describe, expect, it} from 'vitest';
import {getFinding, type SurveyFinding} from '@site/src/data/survey';
import {
  chartBars,
  findingTitle,
  formatSelected,
  groupsOf,
  selectValue,
  sourceHref,
  tableRows,
} from '@site/src/lib/surveyView';

const weaknesses = getFinding('svakheter');

describe('selectValue', () => {
  it('picks the one value for a category and group', () => {
    expect(selectValue(weaknesses, {category: 'behov', group: 'stat'}).value).toBe(29);
    expect(formatSelected(weaknesses, {category: 'forankring'})).toBe('37\u00a0%');
  });

  it('fails with the options listed when the selector is ambiguous', () => {
    expect(() => selectValue(weaknesses, {category: 'behov'})).toThrow(
      /flere verdier for kategori «behov».*behov\/kommune, behov\/stat/,
    );
  });

  it('fails when nothing matches, so a wrong reference breaks the build', () => {
    expect(() => selectValue(weaknesses, {category: 'forankring', group: 'stat'})).toThrow(
      /ingen verdi for kategori «forankring» og gruppe «stat»/,
    );
  });

  it('needs no selector for a finding with one value', () => {
    expect(formatSelected(getFinding('kommuner-i-samarbeid'))).toBe('365 av 426');
  });
});

describe('tableRows', () => {
  it('has a row per category and a cell per group, saying when the report gives no number', () => {
    expect(groupsOf(weaknesses)).toEqual(['kommune', 'stat']);
    const rows = tableRows(weaknesses);
    expect(rows.map((r) => r.label)).toEqual([
      'Svak forankring i egen virksomhet',
      'Ressursmangel i innkjøpsnettverket',
      'Svak kommunikasjon fra nettverket',
      'Manglende forståelse for virksomhetens behov',
    ]);
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(['37\u00a0%', 'Ikke oppgitt']);
    expect(rows[3]!.cells.map((c) => c.text)).toEqual(['27\u00a0%', '29\u00a0%']);
  });

  it('makes one row labelled by the finding when it has no categories', () => {
    const rows = tableRows(getFinding('gratis-samarbeid'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.label).toBe('Sier samarbeidet er gratis for medlemmene');
  });
});

describe('chartBars', () => {
  it('draws only stated values, in category order, describing each bar in words', () => {
    const bars = chartBars(weaknesses);
    expect(bars).toHaveLength(5);
    expect(bars.map((b) => b.description)).toEqual([
      'Svak forankring i egen virksomhet – kommunal sektor',
      'Ressursmangel i innkjøpsnettverket – kommunal sektor',
      'Svak kommunikasjon fra nettverket – statlig sektor',
      'Manglende forståelse for virksomhetens behov – kommunal sektor',
      'Manglende forståelse for virksomhetens behov – statlig sektor',
    ]);
  });

  it('labels bars by group when the finding has no categories', () => {
    expect(chartBars(getFinding('gratis-samarbeid')).map((b) => `${b.description}: ${b.text}`)).toEqual([
      'Kommunal sektor: 23\u00a0%',
      'Statlig sektor: 80\u00a0%',
    ]);
  });
});

describe('titles and links', () => {
  it('uses the finding title, or the capitalised label', () => {
    expect(findingTitle(weaknesses)).toBe('Svakheter ved innkjøpssamarbeid');
    const untitled: SurveyFinding = {...weaknesses, title: undefined};
    expect(findingTitle(untitled)).toBe('Opplever dette som en svakhet ved samarbeidet');
  });

  it('links every figure to its entry in the source index', () => {
    expect(sourceHref('svakheter')).toBe(`/${ROUTE_BASES.handbook}/funn/kilder/#svakheter`);
  });
});
