import {describe, expect, it} from 'vitest';
import {
  STORAGE_KEY,
  STORAGE_UNAVAILABLE,
  courseStatus,
  emptyProgress,
  loadProgress,
  parseImport,
  readProgress,
  recordAttempt,
  saveProgress,
  serializeProgress,
  type Catalogue,
  type StorageLike,
} from '@site/src/lib/progressStore';
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
    expect(readProgress(serializeProgress(progress), catalogue)).toEqual({progress, notices: [], changed: false});
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
      `Resultatet for «${second!.title}» var ødelagt. Den delen er nullstilt, resten er beholdt.`,
    ]);
    expect(result.changed).toBe(true);
  });

  it('drops foreign courses and lessons, saying so', () => {
    const stored = JSON.parse(serializeProgress(withTwoAttempts()));
    stored.courses['romfart'] = {lessons: {}};
    stored.courses[course.id].lessons['ukjent'] = {passed: true, bestScore: 1, attempts: 1};
    const result = readProgress(JSON.stringify(stored), catalogue);
    expect(Object.keys(result.progress.courses)).toEqual([course.id]);
    expect(result.notices).toHaveLength(2);
    expect(result.notices.join(' ')).toContain('ukjent kurs («romfart»)');
    expect(result.notices.join(' ')).toContain('ukjent leksjon');
  });

  it('migrates version 1 (flat map, per cent) to the current schema', () => {
    const v1 = {version: 1, completed: {[`${course.id}/${first!.id}`]: {score: 80, passed: true}}};
    const result = readProgress(JSON.stringify(v1), catalogue);
    expect(result.notices).toEqual([]);
    expect(result.changed).toBe(true);
    expect(result.progress.courses[course.id]!.lessons[first!.id]).toEqual({passed: true, bestScore: 0.8, attempts: 1});
  });

  it('refuses an unknown future version rather than guessing', () => {
    expect(readProgress(JSON.stringify({version: 9, courses: {}}), catalogue).notices[0]).toContain(
      'format portalen ikke kjenner',
    );
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
    [
      '{"version":2,"learnerName":"","courses":{"romfart":{"lessons":{}}}}',
      'framdriften gjaldt et ukjent kurs («romfart»)',
    ],
  ])('refuses %j as a whole, saying why and that nothing changed', (text, why) => {
    expect(parseImport(text, catalogue)).toEqual({
      ok: false,
      message: `Filen kan ikke importeres: ${why}. Framdriften din er ikke endret.`,
    });
  });
});

describe('loadProgress and saveProgress', () => {
  it('writes the repaired version back so the notice is shown once', () => {
    const storage = memoryStorage('{ødelagt');
    const first = loadProgress(storage, catalogue);
    expect(first.notices).toHaveLength(1);
    expect(first.persistent).toBe(true);
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
