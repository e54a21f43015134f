import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CREDIT_NOTE_RULE, KPIS, getKpi} from '@site/src/data/kpis';
import {kpiHref, selectKpis} from '@site/src/lib/kpiView';

const root = path.resolve(__dirname, '../..');

function contentFiles(): string[] {
  return ['docs', 'guides', 'courses'].flatMap((dir) =>
    readdirSync(path.join(root, dir), {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && /\.mdx$/.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name))),
  );
}

/** Every KPI id a page names in <KpiTable ids={[…]}/> or <KpiName id="…"/>. */
function referencedIds(source: string): string[] {
  const names = [...source.matchAll(/<KpiName id="([^"]+)"/g)].map((m) => m[1]!);
  const tables = [...source.matchAll(/<KpiTable[^>]*ids=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
    [...m[1]!.matchAll(/'([^']+)'|"([^"]+)"/g)].map((q) => (q[1] ?? q[2])!),
  );
  return [...names, ...tables];
}

/** The pages that used to define KPIs each their own way; they now show the module's definitions. */
const KPI_PAGES = [
  'docs/mandat/index.mdx',
  'docs/prosess/gevinstrealisering.mdx',
  'docs/gevinstmaling/index.mdx',
  'courses/kontraktsoppfolging/nokkeltall.mdx',
  'guides/ikt.mdx',
];

describe('KPIs', () => {
  it('have unique ids in kebab case', () => {
    const ids = KPIS.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(KPIS.map((kpi) => [kpi.id, kpi] as const))('%s is fully defined', (_id, kpi) => {
    for (const field of ['name', 'definition', 'formula', 'unit', 'dataSource', 'frequency', 'reportedBy'] as const)
      expect(kpi[field].trim(), field).not.toBe('');
    expect(kpi.creditNotes).toMatch(/kreditnota/i);
    const reference = kpi.source.definedBy === 'report' ? kpi.source.reference : kpi.source.basis;
    expect(reference).toMatch(/^Kartleggingen 2018, /);
  });

  it('measure agreement loyalty as the share bought on the agreement, not the share bought outside it', () => {
    expect(getKpi('avtalelojalitet').formula).toMatch(/^Kjøp på avtalen delt på alle kjøp av det avtalen dekker/);
  });

  it('count spend net of credit notes and never add credit notes to a saving', () => {
    for (const id of ['andel-under-avtale', 'avtalelojalitet']) expect(getKpi(id).creditNotes).toMatch(/trekkes fra/);
    expect(getKpi('realisert-mot-estimert-besparelse').creditNotes).toMatch(/legges ikke til/);
    expect(CREDIT_NOTE_RULE).toMatch(/trekkes fra.*aldri til en besparelse.*unngått kostnad/s);
  });

  it('reject an unknown id and a repeated id with the id named', () => {
    expect(() => getKpi('lojalitet')).toThrow(/«lojalitet»/);
    expect(() => selectKpis(['prisavvik', 'prisavvik'])).toThrow(/«prisavvik»/);
    expect(selectKpis(['prisavvik', 'avtalelojalitet']).map((kpi) => kpi.id)).toEqual(['prisavvik', 'avtalelojalitet']);
  });

  it('link a KPI name to its row in the guide to measuring savings', () => {
    expect(kpiHref('avtalelojalitet')).toBe('/handbok/gevinstmaling/#kpi-avtalelojalitet');
    expect(readFileSync(path.join(root, 'docs/gevinstmaling/index.mdx'), 'utf8')).toMatch(/<KpiTable[^>]*\banchors\b/);
  });

  it.each(contentFiles())('%s names only known KPIs', (file) => {
    for (const id of referencedIds(readFileSync(path.join(root, file), 'utf8'))) expect(() => getKpi(id)).not.toThrow();
  });

  it.each(KPI_PAGES)('%s shows the KPIs from the module instead of a table of its own', (file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    expect(source).toMatch(/<KpiTable\b/);
    expect(source).not.toMatch(/^\|\s*(Avtalelojalitet|Andel av [^|]*avtale|Prisavvik|Avtaleetterlevelse)/m);
  });
});
