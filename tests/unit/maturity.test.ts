import {readStored, writeStored} from '@site/src/lib/versionedStorage';
import {memoryStorage} from '../helpers/memoryStorage';
import {describe, expect, it} from 'vitest';
import {DIMENSIONS, LEVEL_NAMES, type Level} from '@site/src/data/maturity';
import {
  areaFromParam,
  compareAssessments,
  levelOf,
  maturityCsv,
  maturityExport,
  maturityKind,
  parseMaturityImport,
  scoreAssessment,
} from '@site/src/lib/maturity';
import {routeExists} from '../routeExists';

const all = (level: Level) =>
  Object.fromEntries(DIMENSIONS.flatMap((d) => d.statements.map((s) => [s.id, level]))) as Record<string, Level>;

describe('maturity data', () => {
  it('has dimensions with unique ids, each with 3–5 statements and five level descriptions', () => {
    expect(DIMENSIONS.length).toBeGreaterThan(1);
    const dimensionIds = DIMENSIONS.map((d) => d.id);
    expect(new Set(dimensionIds).size).toBe(dimensionIds.length);
    const ids = DIMENSIONS.flatMap((d) => d.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DIMENSIONS) {
      expect(d.statements.length, d.id).toBeGreaterThanOrEqual(3);
      expect(d.statements.length, d.id).toBeLessThanOrEqual(5);
      for (const s of d.statements)
        expect(
          s.levels.every((l) => l.trim().length > 0),
          s.id,
        ).toBe(true);
    }
  });

  it.each(DIMENSIONS.flatMap((d) => d.recommendation.links.map((l) => [d.id, l.to])))(
    '%s recommends %s, a page that exists',
    (_id, to) => {
      expect(routeExists(to)).toBe(true);
    },
  );
});

describe('scoreAssessment', () => {
  it('waits for every statement before giving an overall level', () => {
    const first = DIMENSIONS[0]!;
    const partial = scoreAssessment(DIMENSIONS, {[first.statements[0]!.id]: 3});
    expect(partial).toMatchObject({
      complete: false,
      answered: 1,
      overall: null,
      overallLevel: null,
      recommendations: [],
    });
    expect(partial.dimensions[0]).toMatchObject({score: null, answered: 1});
  });

  it('averages each dimension and the dimensions, to one decimal', () => {
    const answers = {...all(3), [DIMENSIONS[0]!.statements[0]!.id]: 5 as Level};
    const result = scoreAssessment(DIMENSIONS, answers);
    const n = DIMENSIONS[0]!.statements.length;
    expect(result.dimensions[0]!.score).toBe(Math.round(((3 * (n - 1) + 5) / n) * 10) / 10);
    expect(result.complete).toBe(true);
    expect(result.overallLevel).toBe(3);
  });

  it('recommends the weakest dimensions first and leaves out those at Avansert or above', () => {
    const [weak, weakest] = [DIMENSIONS[0]!, DIMENSIONS.at(-1)!];
    const answers = {...all(4)};
    for (const s of weakest.statements) answers[s.id] = 1;
    for (const s of weak.statements) answers[s.id] = 2;
    const result = scoreAssessment(DIMENSIONS, answers);
    expect(result.recommendations.map((r) => r.dimensionId)).toEqual([weakest.id, weak.id]);
    expect(result.recommendations[0]!.recommendation.links.length).toBeGreaterThan(0);
    expect(scoreAssessment(DIMENSIONS, all(5)).recommendations).toEqual([]);
  });

  it('maps scores to levels at whole numbers', () => {
    expect([1, 1.9, 2, 3.5, 4.99, 5].map(levelOf)).toEqual([1, 1, 2, 3, 4, 5]);
  });
});

describe('comparison, storage and export', () => {
  it('shows the change per dimension since an earlier assessment', () => {
    const change = compareAssessments(DIMENSIONS, all(2), all(3));
    expect(change.every((c) => c.change === 1 && c.before === 2 && c.now === 3)).toBe(true);
  });

  it('round-trips the store and repairs a broken part, keeping the rest', () => {
    const kind = maturityKind(DIMENSIONS);
    const store = {draft: all(3), saved: [{savedAt: '2026-11-25T10:00:00.000Z', answers: all(2)}]};
    const storage = memoryStorage();
    writeStored(storage, kind, store);
    expect(readStored(storage, kind)).toEqual({value: store, writable: true});
    const broken = {
      version: 1,
      draft: {...all(3), ukjent: 4, [DIMENSIONS[0]!.statements[0]!.id]: 9},
      saved: [...store.saved, {savedAt: 'i går', answers: {}}],
    };
    const read = readStored(memoryStorage({[kind.key]: JSON.stringify(broken)}), kind);
    expect(read.problem).toBe('partly-dropped');
    expect(read.value.saved).toEqual(store.saved);
    expect(read.value.draft).not.toHaveProperty(DIMENSIONS[0]!.statements[0]!.id);
    expect(Object.keys(read.value.draft)).toHaveLength(Object.keys(all(3)).length - 1);
  });

  it('drops saved assessments with dates the portal cannot have written, and duplicates', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const kind = maturityKind(DIMENSIONS, () => now);
    const good = {savedAt: '2026-11-30T09:00:00.000Z', answers: all(3)};
    const stored = {
      version: 1,
      draft: {},
      saved: [
        good,
        good,
        {...good, savedAt: '9999-01-01T00:00:00.000Z'},
        {...good, savedAt: '0001-01-01T00:00:00.000Z'},
      ],
    };
    const read = readStored(memoryStorage({[kind.key]: JSON.stringify(stored)}), kind);
    expect(read.value.saved).toEqual([good]);
    expect(read.problem).toBe('partly-dropped');
  });

  it('exports CSV with a row per statement, per dimension and overall', () => {
    const csv = maturityCsv(DIMENSIONS, all(4), '2026-11-24T12:00:00.000Z');
    const rows = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    const statements = DIMENSIONS.reduce((s, d) => s + d.statements.length, 0);
    expect(rows).toHaveLength(1 + statements + DIMENSIONS.length + 1);
    expect(rows.at(-1)).toBe(`2026-11-24;Samlet;Snitt for alle områder;4;${LEVEL_NAMES[4]}`);
  });
});

describe('maturity export and import', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const first = DIMENSIONS[0]!.statements[0]!.id;
  const second = DIMENSIONS[1]!.statements[0]!.id;
  const file = (body: object) => JSON.stringify(body);

  it('reads back exactly what it exported', () => {
    const answers = {[first]: 3 as Level, [second]: 5 as Level};
    const result = parseMaturityImport(maturityExport(answers, '2026-11-30T08:00:00.000Z'), DIMENSIONS, now);
    expect(result).toEqual({ok: true, assessment: {savedAt: '2026-11-30T08:00:00.000Z', answers}});
  });

  it.each([
    ['', 'filen er tom'],
    ['{ikke json', 'filen er ikke en JSON-fil fra modenhetsanalysen'],
    [file({version: 1, answers: {}}), 'filen mangler versjon, dato eller svar'],
    [file({version: 2, savedAt: '2026-11-30T08:00:00.000Z', answers: {}}), 'filen er laget av en nyere versjon'],
    [file({version: 0, savedAt: '2026-11-30T08:00:00.000Z', answers: {}}), 'filen har en ukjent versjon (0)'],
    [file({version: 1, savedAt: 'i går', answers: {}}), 'datoen i filen er ugyldig'],
    [file({version: 1, savedAt: '2031-01-01T00:00:00.000Z', answers: {}}), 'datoen i filen er ugyldig'],
    [file({version: 1, savedAt: '2026-11-30T08:00:00.000Z', answers: [3]}), 'svarene i filen kan ikke leses'],
    [
      file({version: 1, savedAt: '2026-11-30T08:00:00.000Z', answers: {[first]: 3, [second]: 9, ukjent: 2}}),
      '2 av svarene hører ikke til analysen eller har et nivå utenfor 1–5',
    ],
    ['x'.repeat(200_001), 'filen er for stor'],
  ])('refuses a bad file with a Norwegian reason and changes nothing (%#)', (text, why) => {
    const result = parseMaturityImport(text, DIMENSIONS, now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(why);
      expect(result.message).toMatch(/^Filen kan ikke hentes inn: .*\. Svarene dine er ikke endret\.$/);
    }
  });
});

describe('the area named in the address', () => {
  it.each([
    [null, 0],
    ['1', 0],
    ['3', 2],
    ['11', 10],
    ['12', 0],
    ['0', 0],
    ['-2', 0],
    ['3abc', 0],
    ['1e1', 0],
    ['', 0],
  ])('?omrade=%s is area index %i of 11', (value, index) => {
    expect(areaFromParam(value, 11)).toBe(index);
  });
});
