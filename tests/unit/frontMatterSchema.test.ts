import {describe, expect, it} from 'vitest';
import {CATEGORY_IDS} from '@site/src/data/categories';
import {checkFrontMatter} from '@site/src/lib/frontMatterSchema';

const validTemplate = {
  template_id: 'avviksrapport',
  version: '1.0.0',
  status: 'gjeldende',
  owner: 'Redaksjonen',
  last_reviewed: '2026-11-24',
};

const fields = (problems: ReturnType<typeof checkFrontMatter>) => problems.map((p) => p.field).sort();

describe('template front matter', () => {
  it('accepts a complete template', () => {
    expect(checkFrontMatter('template', validTemplate)).toEqual([]);
  });

  it('accepts the Date object YAML makes of an unquoted date', () => {
    expect(checkFrontMatter('template', {...validTemplate, last_reviewed: new Date('2026-11-24T00:00:00Z')})).toEqual(
      [],
    );
  });

  it.each(['1.0', 'v1.0.0', '1.0.0.0', '01.0.0', ''])('rejects version %j with a semver explanation', (version) => {
    const [problem] = checkFrontMatter('template', {...validTemplate, version});
    expect(problem?.field).toBe('version');
    expect(problem?.expected).toMatch(/1\.2\.0/);
  });

  it('rejects a numeric version, which YAML makes of 1.0', () => {
    expect(fields(checkFrontMatter('template', {...validTemplate, version: 1.0}))).toEqual(['version']);
  });

  it('accepts pre-release versions', () => {
    expect(checkFrontMatter('template', {...validTemplate, version: '2.0.0-utkast.1'})).toEqual([]);
  });

  it('names the allowed statuses when the status is wrong', () => {
    const [problem] = checkFrontMatter('template', {...validTemplate, status: 'publisert'});
    expect(problem).toMatchObject({field: 'status', received: '"publisert"'});
    expect(problem?.expected).toContain('gjeldende, utkast, utgått');
  });

  it('rejects dates that do not exist and dates in other formats', () => {
    expect(fields(checkFrontMatter('template', {...validTemplate, last_reviewed: '2026-02-30'}))).toEqual([
      'last_reviewed',
    ]);
    expect(fields(checkFrontMatter('template', {...validTemplate, last_reviewed: '24.11.2026'}))).toEqual([
      'last_reviewed',
    ]);
  });

  it('reports every missing field, saying it is missing', () => {
    const problems = checkFrontMatter('template', {template_id: 'x'});
    // The owner is the publisher unless a page names another (src/data/publisher.ts).
    expect(fields(problems)).toEqual(['last_reviewed', 'status', 'version']);
    expect(problems.every((p) => p.received === 'feltet mangler')).toBe(true);
  });

  it('rejects an empty owner and an id with spaces or capitals', () => {
    expect(fields(checkFrontMatter('template', {...validTemplate, owner: '  ', template_id: 'Min mal'}))).toEqual([
      'owner',
      'template_id',
    ]);
  });
});

const validGuide = {
  category: CATEGORY_IDS[0],
  last_reviewed: '2026-11-24',
  owner: 'Redaksjonen',
  related: [{to: '/kurs/innkjopssamarbeid/', title: 'Grunnkurset'}],
};

describe('guide front matter', () => {
  it('accepts a known category, a date, an owner and related links', () => {
    expect(checkFrontMatter('guide', validGuide)).toEqual([]);
  });

  it('requires at least one related link, each an internal address with a title', () => {
    expect(fields(checkFrontMatter('guide', {...validGuide, related: []}))).toEqual(['related']);
    expect(
      fields(checkFrontMatter('guide', {...validGuide, related: [{to: 'https://example.com', title: ''}]})),
    ).toEqual(['related.0.title', 'related.0.to']);
    expect(checkFrontMatter('guide', {...validGuide, related: undefined})[0]?.received).toBe('feltet mangler');
  });

  it('rejects an unknown category and lists the known ones', () => {
    const [problem] = checkFrontMatter('guide', {...validGuide, category: 'romfart'});
    expect(problem?.field).toBe('category');
    for (const id of CATEGORY_IDS) expect(problem?.expected).toContain(id);
  });
});
