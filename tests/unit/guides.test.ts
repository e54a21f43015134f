import {readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {CATEGORIES} from '@site/src/data/categories';

const guidesDir = path.resolve(__dirname, '../../guides');

/** The sections every category guide has, in this order. */
const GUIDE_SECTIONS = [
  'Kort fortalt',
  'Egner kategorien seg for samarbeid?',
  'Behov og kravspesifikasjon',
  'Marked og leverandører',
  'Avtaleform og varighet',
  'Oppfølging og nøkkeltall',
  'Fallgruver',
  'Sjekkliste',
  'Hva kartleggingen viser',
  'Relevante maler og kurs',
];

function readGuide(id: string) {
  const {data, content} = matter(readFileSync(path.join(guidesDir, `${id}.mdx`), 'utf8'));
  const sections = content
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [heading = '', ...body] = chunk.split('\n');
      return {heading: heading.trim(), body: body.join('\n')};
    });
  return {data, content, sections};
}

describe.each(CATEGORIES.map((c) => c.id))('guide %s', (id) => {
  const guide = readGuide(id);
  const section = (heading: string) => guide.sections.find((s) => s.heading === heading)?.body ?? '';

  it('declares its own category', () => {
    expect(guide.data.category).toBe(id);
  });

  it('has every required section, in order, and no others at that level', () => {
    expect(guide.sections.map((s) => s.heading)).toEqual(GUIDE_SECTIONS);
  });

  it('ends the suitability section with the questionnaire for its category', () => {
    expect(section('Egner kategorien seg for samarbeid?')).toContain(`<SuitabilityCheck category="${id}" />`);
  });

  it('has a checklist as a task list and KPIs as a table', () => {
    expect(section('Sjekkliste').match(/^- \[ \] /gm)?.length ?? 0).toBeGreaterThanOrEqual(5);
    // Either the shared KPIs from src/data/kpis.ts or a table of the category's own measures.
    expect(section('Oppfølging og nøkkeltall')).toMatch(/^\|.*\|\n\|\s*-+|<KpiTable\b/m);
  });

  it('cites the survey in "Hva kartleggingen viser" and renders its related links', () => {
    expect(section('Hva kartleggingen viser')).toMatch(/<FindingSource id="[a-z-]+" \/>|\(kilde: Kartleggingen 2018/);
    expect(section('Relevante maler og kurs')).toContain('<RelatedLinks />');
  });
});
