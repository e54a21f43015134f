import {ROUTE_BASES} from '@site/src/data/routes';
import {describe, expect, it} from 'vitest';
import {
  chartBars,
  findingTitle,
  formatSelected,
  groupsOf,
  selectValue,
  sourceHref,
  tableRows,
} from '@site/src/lib/surveyView';
import {byCategory, bySector, partOfWhole} from '../helpers/surveyFixtures';

describe('selectValue', () => {
  it('picks the one value for a category and group', () => {
    expect(selectValue(byCategory, {category: 'behov', group: 'stat'}).value).toBe(33);
    expect(formatSelected(byCategory, {category: 'forankring'})).toBe('40\u00a0%');
  });

  it('fails with the options listed when the selector is ambiguous', () => {
    expect(() => selectValue(byCategory, {category: 'behov'})).toThrow(
      /flere verdier for kategori «behov».*behov\/kommune, behov\/stat/,
    );
  });

  it('fails when nothing matches, so a wrong reference breaks the build', () => {
    expect(() => selectValue(byCategory, {category: 'forankring', group: 'stat'})).toThrow(
      /ingen verdi for kategori «forankring» og gruppe «stat»/,
    );
  });

  it('needs no selector for a finding with one value', () => {
    expect(formatSelected(partOfWhole)).toBe('300 av 400');
  });
});

describe('tableRows', () => {
  it('has a row per category and a cell per group, saying when the report gives no number', () => {
    expect(groupsOf(byCategory)).toEqual(['kommune', 'stat']);
    const rows = tableRows(byCategory);
    expect(rows.map((r) => r.label)).toEqual(['Svak forankring', 'For lite ressurser', 'Uklare behov']);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['40\u00a0%', 'Ikke oppgitt'],
      ['Ikke oppgitt', '12\u00a0%'],
      ['25\u00a0%', '33\u00a0%'],
    ]);
  });

  it('makes one row labelled by the finding when it has no categories', () => {
    const rows = tableRows(bySector);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.label).toBe('Sier ja');
  });
});

describe('chartBars', () => {
  it('draws only stated values, in category order, describing each bar in words', () => {
    expect(chartBars(byCategory).map((b) => `${b.description}: ${b.text}`)).toEqual([
      'Svak forankring – kommunal sektor: 40\u00a0%',
      'For lite ressurser – statlig sektor: 12\u00a0%',
      'Uklare behov – kommunal sektor: 25\u00a0%',
      'Uklare behov – statlig sektor: 33\u00a0%',
    ]);
  });

  it('labels bars by group when the finding has no categories', () => {
    expect(chartBars(bySector).map((b) => `${b.description}: ${b.text}`)).toEqual([
      'Kommunal sektor: 20\u00a0%',
      'Statlig sektor: 75\u00a0%',
    ]);
  });
});

describe('titles and links', () => {
  it('uses the finding title, or the capitalised label', () => {
    expect(findingTitle(byCategory)).toBe('Svakheter i testen');
    expect(findingTitle(bySector)).toBe('Sier ja');
  });

  it('links every figure to its entry in the source index', () => {
    expect(sourceHref('svakheter')).toBe(`/${ROUTE_BASES.handbook}/funn/kilder/#svakheter`);
  });
});
