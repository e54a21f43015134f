/**
 * Course progress kept in the learner's browser: a versioned schema, migration
 * from older versions, validation on read that resets only the broken part,
 * strict validation of imported files, and the pure updates the UI makes.
 * Storage is injected, so this module has no DOM dependency.
 */
// zod/mini: the same validation as zod's classic API at a fraction of the bytes, since this runs on every lesson page.
import * as z from 'zod/mini';

// zod otherwise probes for `new Function` to compile fast parsers; the site's CSP forbids eval, and browsers report
// the probe as a policy violation although zod catches it. Plain parsing is fast enough for a progress file.
z.config({jitless: true});
import type {Course} from '../data/courses';
import type {StorageLike} from './versionedStorage';

export type {StorageLike};

export const STORAGE_KEY = 'innkjopsportalen.framdrift';
const CURRENT_VERSION = 2;

const lessonSchema = z.object({
  passed: z.boolean(),
  /** Best share right, 0 to 1. */
  bestScore: z.number().check(z.gte(0), z.lte(1)),
  attempts: z.int().check(z.gte(1), z.lte(100_000)),
  lastAttemptAt: z.optional(z.iso.datetime()),
});

const courseSchema = z.object({
  lessons: z.record(z.string(), z.unknown()),
  lastLessonId: z.optional(z.string()),
});

export type LessonProgress = z.infer<typeof lessonSchema>;
export type CourseProgress = {lessons: Record<string, LessonProgress>; lastLessonId?: string};
export type Progress = {version: typeof CURRENT_VERSION; learnerName: string; courses: Record<string, CourseProgress>};

export const emptyProgress = (): Progress => ({version: CURRENT_VERSION, learnerName: '', courses: {}});

/** Version 1 kept one flat map keyed "kurs/leksjon" with a score in per cent. */
const v1Schema = z.object({
  version: z.literal(1),
  completed: z.record(z.string(), z.object({score: z.number().check(z.gte(0), z.lte(100)), passed: z.boolean()})),
});

function migrateV1(v1: z.infer<typeof v1Schema>): unknown {
  const courses: Record<string, {lessons: Record<string, unknown>}> = {};
  for (const [key, entry] of Object.entries(v1.completed)) {
    const [courseId, lessonId] = key.split('/');
    if (!courseId || !lessonId) continue;
    courses[courseId] ??= {lessons: {}};
    courses[courseId].lessons[lessonId] = {passed: entry.passed, bestScore: entry.score / 100, attempts: 1};
  }
  return {version: CURRENT_VERSION, learnerName: '', courses};
}

export type Catalogue = readonly Pick<Course, 'id' | 'title' | 'lessons'>[];

export type ReadResult = {progress: Progress; notices: string[]; changed: boolean};

/** Something wrong in stored or imported data: what it was, and whether everything or only that part is lost. */
type Problem = {what: string; scope: 'alt' | 'del'};

type Inspection = {progress: Progress; problems: Problem[]};

function inspect(raw: string, catalogue: Catalogue): Inspection {
  const everything = (what: string): Inspection => ({progress: emptyProgress(), problems: [{what, scope: 'alt'}]});
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return everything('Framdriften var ødelagt og kunne ikke leses');
  }
  if (isObject(data) && data.version === 1) {
    const v1 = v1Schema.safeParse(data);
    if (!v1.success) return everything('Framdrift fra en eldre versjon av portalen var ødelagt');
    data = migrateV1(v1.data);
  }
  if (!isObject(data) || data.version !== CURRENT_VERSION) {
    return everything('Framdriften hadde et format portalen ikke kjenner');
  }
  const problems: Problem[] = [];
  const progress = emptyProgress();
  if (typeof data.learnerName === 'string') progress.learnerName = data.learnerName.slice(0, 200);
  else if (data.learnerName !== undefined) problems.push({what: 'Navnet til kursbeviset var ugyldig', scope: 'del'});

  if (!isObject(data.courses)) problems.push({what: 'Kursoversikten i framdriften var ugyldig', scope: 'del'});
  const courses = isObject(data.courses) ? data.courses : {};
  for (const [courseId, value] of Object.entries(courses)) {
    const course = catalogue.find((c) => c.id === courseId);
    const parsed = courseSchema.safeParse(value);
    if (!course) {
      problems.push({what: `Framdriften gjaldt et ukjent kurs («${courseId}»)`, scope: 'del'});
      continue;
    }
    if (!parsed.success) {
      problems.push({what: `Framdriften i kurset «${course.title}» var ødelagt`, scope: 'del'});
      continue;
    }
    const kept: CourseProgress = {lessons: {}};
    for (const [lessonId, entry] of Object.entries(parsed.data.lessons)) {
      const lesson = course.lessons.find((l) => l.id === lessonId);
      const lessonParsed = lessonSchema.safeParse(entry);
      if (!lesson) problems.push({what: `Framdriften gjaldt en ukjent leksjon i «${course.title}»`, scope: 'del'});
      else if (!lessonParsed.success)
        problems.push({what: `Resultatet for «${lesson.title}» var ødelagt`, scope: 'del'});
      else kept.lessons[lessonId] = lessonParsed.data;
    }
    if (parsed.data.lastLessonId && course.lessons.some((l) => l.id === parsed.data.lastLessonId)) {
      kept.lastLessonId = parsed.data.lastLessonId;
    }
    progress.courses[courseId] = kept;
  }
  return {progress, problems};
}

/**
 * Reads stored progress leniently: whatever is valid and known is kept; each
 * broken or foreign part is dropped with a Norwegian notice saying what.
 */
export function readProgress(raw: string | null, catalogue: Catalogue): ReadResult {
  if (raw === null || raw === '') return {progress: emptyProgress(), notices: [], changed: false};
  const {progress, problems} = inspect(raw, catalogue);
  const notices = problems.map((p) =>
    p.scope === 'alt' ? `${p.what}, og er nullstilt.` : `${p.what}. Den delen er nullstilt, resten er beholdt.`,
  );
  return {progress, notices, changed: problems.length > 0 || serializeProgress(progress) !== raw};
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type ImportResult = {ok: true; progress: Progress} | {ok: false; message: string};

/** Validates an imported file strictly: one problem refuses the whole file, so current progress is never half-replaced. */
export function parseImport(text: string, catalogue: Catalogue): ImportResult {
  const refuse = (why: string): ImportResult => ({
    ok: false,
    message: `Filen kan ikke importeres: ${why}. Framdriften din er ikke endret.`,
  });
  if (text.trim() === '') return refuse('filen er tom');
  if (text.length > 1_000_000) return refuse('filen er for stor til å være en eksport fra Innkjøpsportalen');
  const {progress, problems} = inspect(text, catalogue);
  if (problems.length > 0) return refuse(problems[0]!.what.charAt(0).toLowerCase() + problems[0]!.what.slice(1));
  return {ok: true, progress};
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export function recordAttempt(
  progress: Progress,
  courseId: string,
  lessonId: string,
  result: {score: number; passed: boolean},
  now: Date,
): Progress {
  const course = progress.courses[courseId] ?? {lessons: {}};
  const previous = course.lessons[lessonId];
  const lesson: LessonProgress = {
    passed: (previous?.passed ?? false) || result.passed,
    bestScore: Math.max(previous?.bestScore ?? 0, Math.min(1, Math.max(0, result.score))),
    attempts: (previous?.attempts ?? 0) + 1,
    lastAttemptAt: now.toISOString(),
  };
  return {
    ...progress,
    courses: {
      ...progress.courses,
      [courseId]: {lessons: {...course.lessons, [lessonId]: lesson}, lastLessonId: lessonId},
    },
  };
}

export function withLearnerName(progress: Progress, name: string): Progress {
  return {...progress, learnerName: name.slice(0, 200)};
}

export type CourseStatus = {
  passedLessons: number;
  totalLessons: number;
  /** Whole per cent of lessons passed. */
  percent: number;
  allPassed: boolean;
  /** Where «fortsett der du slapp» goes: the first lesson not passed after the last one worked on, else the first not passed. */
  resumeLessonId: string | undefined;
  /** Average best score over the course's lessons, 0 to 1. */
  averageScore: number;
  /** Date of the last attempt, for the certificate. */
  lastAttemptAt: string | undefined;
  started: boolean;
};

export function courseStatus(progress: Progress, course: Pick<Course, 'id' | 'lessons'>): CourseStatus {
  const stored = progress.courses[course.id];
  const lessons = course.lessons.map((l) => ({id: l.id, entry: stored?.lessons[l.id]}));
  const passedLessons = lessons.filter((l) => l.entry?.passed).length;
  const totalLessons = course.lessons.length;
  const lastIndex = lessons.findIndex((l) => l.id === stored?.lastLessonId);
  const notPassedAfterLast = lessons.slice(lastIndex + 1).find((l) => !l.entry?.passed);
  const firstNotPassed = lessons.find((l) => !l.entry?.passed);
  const attempts = lessons
    .map((l) => l.entry?.lastAttemptAt)
    .filter((d): d is string => Boolean(d))
    .sort();
  return {
    passedLessons,
    totalLessons,
    percent: totalLessons === 0 ? 0 : Math.round((passedLessons / totalLessons) * 100),
    allPassed: totalLessons > 0 && passedLessons === totalLessons,
    resumeLessonId: (notPassedAfterLast ?? firstNotPassed)?.id,
    averageScore:
      totalLessons === 0 ? 0 : lessons.reduce((sum, l) => sum + (l.entry?.bestScore ?? 0), 0) / totalLessons,
    lastAttemptAt: attempts.at(-1),
    started: lessons.some((l) => l.entry !== undefined),
  };
}

export const STORAGE_UNAVAILABLE =
  'Nettleseren tillater ikke lagring (for eksempel i privat modus). Kurset virker, men framdriften blir ikke lagret når du lukker siden. Du kan eksportere den til en fil.';

export type LoadResult = ReadResult & {persistent: boolean};

export function loadProgress(storage: StorageLike | null, catalogue: Catalogue): LoadResult {
  if (!storage) return {progress: emptyProgress(), notices: [STORAGE_UNAVAILABLE], changed: false, persistent: false};
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return {progress: emptyProgress(), notices: [STORAGE_UNAVAILABLE], changed: false, persistent: false};
  }
  const result = readProgress(raw, catalogue);
  // Write the repaired version back, so the same notice is not shown on every page.
  const persistent = result.changed ? saveProgress(storage, result.progress) : true;
  return {...result, persistent, notices: persistent ? result.notices : [...result.notices, STORAGE_UNAVAILABLE]};
}

/** Returns false when the browser refuses to store (blocked or full). */
export function saveProgress(storage: StorageLike | null, progress: Progress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(STORAGE_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}
