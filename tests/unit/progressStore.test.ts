import {describe, expect, it} from 'vitest';
import {
  STORAGE_KEY,
  STORAGE_UNAVAILABLE,
  courseStatus,
  emptyProgress,
  loadProgress,
  parseImport,
  readProgress,
  NEWER_VERSION_NOTICE,
  recordAttempt,
  saveProgress,
  serializeProgress,
  type Catalogue,
  type StorageLike,
} from '@site/src/lib/progressStore';
import {setAsideKey} from '@site/src/lib/versionedStorage';
import {PASS_MARK} from '@site/src/data/courses';
import {memoryStorage as memoryStorageOf} from '../helpers/memoryStorage';

const NOW = new Date('2026-11-24T10:00:00Z');
const lesson = (id: string, title: string) => ({id, title, route: `/kurs/testkurs/${id}/`, minutes: 10});
const course = {
  id: 'testkurs',
  title: 'Testkurs',
  lessons: [
    lesson('start', 'Leksjon 1: Start'),
    lesson('midt', 'Leksjon 2: Midt'),
    lesson('nesten', 'Leksjon 3: Nesten'),
    lesson('slutt', 'Leksjon 4: Slutt'),
  ],
};
const catalogue: Catalogue = [course, {id: 'annet', title: 'Annet kurs', lessons: [lesson('en', 'Leksjon 1: En')]}];
const [first, second] = course.lessons;

const memoryStorage = (initial?: string) => memoryStorageOf(initial === undefined ? {} : {[STORAGE_KEY]: initial});

const withTwoAttempts = () =>
  recordAttempt(
    recordAttempt(emptyProgress(), course.id, first!.id, {score: 0.5, passed: false}, NOW),
    course.id,
    first!.id,
    {score: 0.8, passed: true},
    NOW,
  );

describe('recordAttempt and courseStatus', () => {
  it('keeps the best score, counts attempts and never un-passes a lesson', () => {
    const afterRetry = recordAttempt(withTwoAttempts(), course.id, first!.id, {score: 0.25, passed: false}, NOW);
    expect(afterRetry.courses[course.id]!.lessons[first!.id]).toEqual({
      passed: true,
      bestScore: 0.8,
      attempts: 3,
      lastAttemptAt: '2026-11-24T10:00:00.000Z',
    });
  });

  it('resumes at the next lesson not passed and reports percent done', () => {
    const status = courseStatus(withTwoAttempts(), course);
    expect(status).toMatchObject({passedLessons: 1, totalLessons: 4, percent: 25, allPassed: false, started: true});
    expect(status.resumeLessonId).toBe(second!.id);
    expect(courseStatus(emptyProgress(), course)).toMatchObject({
      started: false,
      resumeLessonId: first!.id,
      percent: 0,
    });
  });

  it('is complete when every lesson is passed', () => {
    let progress = emptyProgress();
    for (const lesson of course.lessons)
      progress = recordAttempt(progress, course.id, lesson.id, {score: 1, passed: true}, NOW);
    expect(courseStatus(progress, course)).toMatchObject({
      allPassed: true,
      percent: 100,
      averageScore: 1,
      resumeLessonId: undefined,
    });
  });
});

describe('readProgress', () => {
  it('round-trips what it writes, without notices', () => {
    const progress = withTwoAttempts();
    expect(readProgress(serializeProgress(progress), catalogue)).toEqual({progress, notices: [], newer: false});
  });

  it('resets unreadable data with a Norwegian notice', () => {
    const result = readProgress('{ikke json', catalogue);
    expect(result.progress).toEqual(emptyProgress());
    expect(result.notices).toEqual(['Framdriften var ødelagt og kunne ikke leses, og er nullstilt.']);
  });

  it('resets only the broken lesson and keeps the rest', () => {
    const stored = JSON.parse(serializeProgress(withTwoAttempts()));
    stored.courses[course.id].lessons[second!.id] = {passed: 'ja', bestScore: 7, attempts: -1};
    const result = readProgress(JSON.stringify(stored), catalogue);
    expect(result.progress.courses[course.id]!.lessons).toEqual({
      [first!.id]: withTwoAttempts().courses[course.id]!.lessons[first!.id],
    });
    expect(result.notices).toEqual([
      `Resultatet for «${second!.title}» var ødelagt. Den delen er utelatt, resten er beholdt.`,
    ]);
    expect(result.original).toBe(JSON.stringify(stored));
  });

  it('drops foreign courses and lessons, saying so', () => {
    const stored = JSON.parse(serializeProgress(withTwoAttempts()));
    stored.courses['romfart'] = {lessons: {}};
    stored.courses[course.id].lessons['ukjent'] = {passed: true, bestScore: 1, attempts: 1};
    const result = readProgress(JSON.stringify(stored), catalogue);
    expect(Object.keys(result.progress.courses)).toEqual([course.id]);
    expect(result.notices).toEqual([
      '1 ukjent kurs ble hoppet over. Den delen er utelatt, resten er beholdt.',
      '1 ukjent leksjon ble hoppet over. Den delen er utelatt, resten er beholdt.',
    ]);
  });

  it('migrates version 1 (flat map, per cent) to the current schema', () => {
    const v1 = {version: 1, completed: {[`${course.id}/${first!.id}`]: {score: 80, passed: true}}};
    const result = readProgress(JSON.stringify(v1), catalogue);
    expect(result.notices).toEqual([]);
    expect(result.progress.courses[course.id]!.lessons[first!.id]).toEqual({passed: true, bestScore: 0.8, attempts: 1});
  });

  it('leaves progress from a newer version alone: shown as empty, marked newer, kept to be set aside', () => {
    const raw = JSON.stringify({version: 9, courses: {}});
    expect(readProgress(raw, catalogue)).toEqual({
      progress: emptyProgress(),
      notices: [NEWER_VERSION_NOTICE],
      newer: true,
      original: raw,
    });
  });
});

describe('parseImport', () => {
  it('accepts a file the portal exported', () => {
    const progress = withTwoAttempts();
    expect(parseImport(serializeProgress(progress), catalogue)).toEqual({ok: true, progress});
  });

  it.each([
    ['', 'filen er tom'],
    ['not json', 'framdriften var ødelagt og kunne ikke leses'],
    ['{"version":2,"learnerName":"","courses":{"romfart":{"lessons":{}}}}', '1 ukjent kurs ble hoppet over'],
  ])('refuses %j as a whole, saying why and that nothing changed', (text, why) => {
    expect(parseImport(text, catalogue)).toEqual({
      ok: false,
      message: `Filen kan ikke importeres: ${why}. Framdriften din er ikke endret.`,
    });
  });
});

describe('loadProgress and saveProgress', () => {
  it('never writes while reading, and sets broken data aside on the first save', () => {
    const storage = memoryStorage('{ødelagt');
    const read = loadProgress(storage, catalogue);
    expect(read.notices).toHaveLength(1);
    expect(read.persistent).toBe(true);
    expect([...storage.data.entries()]).toEqual([[STORAGE_KEY, '{ødelagt']]);
    expect(saveProgress(storage, withTwoAttempts(), read.original)).toBe(true);
    expect(storage.data.get(setAsideKey(STORAGE_KEY))).toBe('{ødelagt');
    expect(loadProgress(storage, catalogue).notices).toEqual([]);
  });

  it('keeps working for the session when storage is blocked', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadProgress(blocked, catalogue)).toMatchObject({persistent: false, notices: [STORAGE_UNAVAILABLE]});
    expect(loadProgress(null, catalogue)).toMatchObject({persistent: false, notices: [STORAGE_UNAVAILABLE]});
  });

  it('reports a full storage instead of throwing', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('QuotaExceededError');
    };
    expect(saveProgress(full, withTwoAttempts())).toBe(false);
    const ok = memoryStorage();
    expect(saveProgress(ok, withTwoAttempts())).toBe(true);
    expect(ok.data.get(STORAGE_KEY)).toBe(serializeProgress(withTwoAttempts()));
  });
});

describe('hostile stored and imported values', () => {
  const v2 = (courses: unknown) => JSON.stringify({version: 2, learnerName: '', courses});
  const nested = (depth: number) => `${'{"lessons":'.repeat(depth)}{}${'}'.repeat(depth)}`;
  const hostile: [string, string][] = [
    ['v1 keyed by constructor', JSON.stringify({version: 1, completed: {'constructor/x': {score: 80, passed: true}}})],
    ['v1 keyed by toString', JSON.stringify({version: 1, completed: {'toString/valueOf': {score: 1, passed: false}}})],
    ['v1 keyed by __proto__', '{"version":1,"completed":{"__proto__/x":{"score":80,"passed":true}}}'],
    ['courses named __proto__', '{"version":2,"learnerName":"","courses":{"__proto__":{"lessons":{}}}}'],
    [
      'lessons named constructor',
      v2({[course.id]: {lessons: {constructor: {passed: true, bestScore: 1, attempts: 1}}}}),
    ],
    ['lessons as an array', v2({[course.id]: {lessons: [1, 2, 3]}})],
    ['courses as a string', v2('alle')],
    ['deeply nested', `{"version":2,"learnerName":"","courses":{"${course.id}":${nested(1000)}}}`],
    ['nested past any parser', `{"version":2,"courses":${nested(200_000)}}`],
    [
      '500 unknown lessons',
      v2({[course.id]: {lessons: Object.fromEntries([...Array(500).keys()].map((i) => [`l${i}`, {}]))}}),
    ],
    ['a future version', JSON.stringify({version: 3, courses: {}})],
    ['null', 'null'],
    ['a number', '42'],
  ];

  it.each(hostile)('reads %s without throwing, with a notice', (_, raw) => {
    const result = readProgress(raw, catalogue);
    expect(result.notices.length).toBeGreaterThan(0);
    expect(result.notices.every((n) => n.length < 300)).toBe(true);
    expect(Object.getPrototypeOf(result.progress.courses)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).passed).toBeUndefined();
  });

  it.each(hostile)('refuses %s as an import with a message instead of throwing', (_, raw) => {
    const result = parseImport(raw, catalogue);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(
      /^Filen kan ikke importeres: .+\. Framdriften din er ikke endret\.$/,
    );
  });

  it('keeps the valid lesson next to a hostile one', () => {
    const good = {passed: true, bestScore: 1, attempts: 1, lastAttemptAt: NOW.toISOString()};
    const raw = v2({[course.id]: {lessons: {constructor: good, [first!.id]: good}}});
    expect(readProgress(raw, catalogue).progress.courses[course.id]!.lessons).toEqual({[first!.id]: good});
  });
});

describe('imports that make sense', () => {
  const result = (entry: Record<string, unknown>) =>
    parseImport(
      JSON.stringify({version: 2, learnerName: '', courses: {[course.id]: {lessons: {[first!.id]: entry}}}}),
      catalogue,
      NOW,
    );
  const at = (iso: string) => ({passed: true, bestScore: 1, attempts: 1, lastAttemptAt: iso});

  it('accepts a passed lesson at the pass mark with a date since the portal opened', () => {
    expect(result({...at(NOW.toISOString()), bestScore: PASS_MARK}).ok).toBe(true);
  });

  it.each([
    ['passed below the pass mark', {...at(NOW.toISOString()), bestScore: PASS_MARK - 0.01}, 'under kravet'],
    ['passed without a date', {passed: true, bestScore: 1, attempts: 1}, 'uten dato'],
    ['dated in year 9999', at('9999-01-01T00:00:00.000Z'), 'dato portalen ikke kan ha satt'],
    ['dated in year 1', at('0001-01-01T00:00:00.000Z'), 'dato portalen ikke kan ha satt'],
    ['dated the day after tomorrow', at(new Date(NOW.getTime() + 2 * 86_400_000).toISOString()), 'dato'],
  ])('refuses a lesson %s', (_, entry, why) => {
    const refused = result(entry);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toContain(why);
  });
});
