import {readFileSync} from 'node:fs';
import JSZip from 'jszip';
import {describe, expect, it} from 'vitest';
import {compareVersions, isSemver} from '@site/src/lib/semver';
import {checkTemplateHistory, historyEntries, historyTableRows} from '@site/src/lib/templateHistory';
import {buildTemplateDocx} from '@site/src/lib/templateDocx';
import {FIRST_RELEASE} from '@site/src/data/portal';
import {linksFor} from '../helpers/handbookTemplates';

const TODAY = '2026-12-01';
const entry = (version: string, date: string, changes = 'Endret.') => ({
  version,
  date,
  changes,
  approved_by: 'Difi, seksjon for offentlige anskaffelser',
});
const template = (version: string, history: unknown) => ({template_id: 'mandat', version, history});
const fields = (problems: {field: string}[]) => problems.map((p) => p.field);

describe('semver order', () => {
  it('compares numerically, part by part, with a pre-release before its release', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0-rc.2', '1.0.0-rc.10')).toBeLessThan(0);
    expect(compareVersions('1.2.3', '1.2.3+bygg')).toBe(0);
  });

  it('knows what is not a version', () => {
    expect(isSemver('1.1')).toBe(false);
    expect(isSemver('01.0.0')).toBe(false);
    expect(() => compareVersions('1.1', '1.0.0')).toThrow('Ikke et versjonsnummer: «1.1»');
  });
});

describe('checkTemplateHistory', () => {
  it('accepts increasing versions ending in the front-matter version, from the first release until today', () => {
    const history = [entry('1.0.0', FIRST_RELEASE), entry('1.0.1', '2026-11-30'), entry('1.1.0', TODAY)];
    expect(checkTemplateHistory(template('1.1.0', history), TODAY)).toEqual([]);
  });

  it('accepts YAML dates as the default schema parses them', () => {
    expect(checkTemplateHistory(template('1.0.0', [entry('1.0.0', new Date('2026-11-25') as never)]), TODAY)).toEqual(
      [],
    );
  });

  it('requires a history with at least one version', () => {
    for (const history of [undefined, [], 'Første versjon']) {
      const [problem] = checkTemplateHistory(template('1.0.0', history), TODAY);
      expect(problem?.field).toBe('history');
      expect(problem?.expected).toMatch(/liste med minst én versjon/);
    }
  });

  it('names every missing or malformed field of an entry', () => {
    const problems = checkTemplateHistory(
      template('1.0.0', [{version: '1.0', date: '2026-02-30', changes: ' ', approved_by: ''}]),
      TODAY,
    );
    expect(fields(problems)).toEqual([
      'history.0.version',
      'history.0.date',
      'history.0.changes',
      'history.0.approved_by',
    ]);
    expect(problems[1]!.received).toBe('"2026-02-30"');
  });

  it('refuses dates before the first release and in the future', () => {
    const early = checkTemplateHistory(template('1.0.0', [entry('1.0.0', '2026-11-23')]), TODAY);
    expect(early[0]!.expected).toContain(`første utgivelse (${FIRST_RELEASE})`);
    const future = checkTemplateHistory(template('1.0.0', [entry('1.0.0', '2026-12-02')]), TODAY);
    expect(future[0]!.expected).toBe('forventet en dato som ikke er i fremtiden (i dag er 2026-12-01)');
  });

  it('refuses versions that do not increase and dates that go back', () => {
    const problems = checkTemplateHistory(
      template('1.0.0', [entry('1.0.0', '2026-11-28'), entry('1.0.0', '2026-11-25')]),
      TODAY,
    );
    expect(problems.map((p) => [p.field, p.expected])).toEqual([
      ['history.1.version', 'forventet et høyere versjonsnummer enn 1.0.0 i oppføringen før'],
      ['history.1.date', 'forventet en dato fra 2026-11-28 (oppføringen før) eller senere'],
    ]);
  });

  it('requires the last entry to be the version the page declares', () => {
    const [problem] = checkTemplateHistory(
      template('1.2.0', [entry('1.0.0', FIRST_RELEASE), entry('1.1.0', TODAY)]),
      TODAY,
    );
    expect(problem).toEqual({
      field: 'history',
      expected: 'forventet at siste oppføring har versjonen i «version» (1.2.0)',
      received: '"1.1.0"',
    });
  });
});

describe('history table', () => {
  const frontMatter = template('1.1.0', [entry('1.0.0', FIRST_RELEASE, 'Første versjon.'), entry('1.1.0', TODAY)]);

  it('lists the newest version first with Norwegian dates', () => {
    expect(historyTableRows(frontMatter)).toEqual([
      ['1.1.0', '1. desember 2026', 'Endret.', 'Difi, seksjon for offentlige anskaffelser'],
      ['1.0.0', '24. november 2026', 'Første versjon.', 'Difi, seksjon for offentlige anskaffelser'],
    ]);
    expect(historyEntries(frontMatter).map((e) => e.version)).toEqual(['1.0.0', '1.1.0']);
  });

  it('ends the Word file with the same table, its header row repeated and rows kept whole', async () => {
    const source = readFileSync('docs/mandat/index.mdx', 'utf8');
    const docx = await buildTemplateDocx({source, links: linksFor('docs/mandat/index.mdx')});
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const last = tables.at(-1)!;
    expect(last).toContain('Hva er endret');
    expect(last).toContain('Første versjon.');
    expect(last).toContain('<w:tblHeader/>');
    expect(last).toContain('<w:cantSplit/>');
    expect(xml.lastIndexOf('Versjonshistorikk')).toBeLessThan(xml.lastIndexOf('<w:tbl>'));
  });
});
