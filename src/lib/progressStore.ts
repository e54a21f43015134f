/**
 * Course progress kept in the learner's browser: a versioned schema, migration
 * from older versions, validation on read that resets only the broken part,
 * strict validation of imported files, and the pure updates the UI makes.
 * Storage is injected, so this module has no DOM dependency.
 */
import {isRecord, z} from './schema';
import {PASS_MARK, type Course} from '../data/courses';
import {FIRST_RELEASE} from '../data/portal';
import {plausibleDate} from './format';
import {writeKeepingCopy, type StorageLike} from './versionedStorage';
import {STORAGE_KEYS} from './storageKeys';

export type {StorageLike};

export const STORAGE_KEY = STORAGE_KEYS.progress;
const CURRENT_VERSION = 2;

const lessonSchema = z.object({
  passed: z.boolean(),
  /** Best share right, 0 to 1. */
  bestScore: z.number().check(z.gte(0), z.lte(1)),
  attempts: z.int().check(z.gte(1), z.lte(100_000)),
  lastAttemptAt: z.optional(z.iso.datetime()),
});

const courseSchema = z.object({
  // Checked entry by entry below, over own keys only: a record schema would let "__proto__" vanish unannounced.
  lessons: z.custom<Record<string, unknown>>(isRecord),
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
  // Keyed by whatever the stored text says, so maps without a prototype: "constructor" is an id like any other.
  const courses = new Map<string, Map<string, unknown>>();
  for (const [key, entry] of Object.entries(v1.completed)) {
    const [courseId, lessonId] = key.split('/');
    if (!courseId || !lessonId) continue;
    if (!courses.has(courseId)) courses.set(courseId, new Map());
    courses.get(courseId)!.set(lessonId, {passed: entry.passed, bestScore: entry.score / 100, attempts: 1});
  }
  const asObject = <T>(map: Map<string, T>) =>
    Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(map));
  return {
    version: CURRENT_VERSION,
    learnerName: '',
    courses: asObject(new Map([...courses].map(([id, lessons]) => [id, {lessons: asObject(lessons)}]))),
  };
}

export type Catalogue = readonly Pick<Course, 'id' | 'title' | 'lessons'>[];

export type ReadResult = {
  progress: Progress;
  notices: string[];
  /** Stored by a newer version of the portal: shown as empty and never written over unless the learner resets. */
  newer: boolean;
  /** What was stored, when it was not kept whole: the first write sets it aside. */
  original?: string;
};

/** Something wrong in stored or imported data: what it was, and whether everything or only that part is lost. */
type Problem = {what: string; scope: 'alt' | 'del'};

type Inspection = {progress: Progress; problems: Problem[]; newer?: boolean};

/**
 * What an imported lesson result must also satisfy, beyond its shape. Stored progress is only read for its shape:
 * the portal wrote it, and dropping a result for its date would lose a learner's work.
 */
type Plausibility = {now: Date; needsDates: boolean};

/** Why a well-formed lesson result is still impossible, or undefined when it is not. */
function implausible(entry: LessonProgress, rules: Plausibility): string | undefined {
  if (entry.passed && entry.bestScore < PASS_MARK) return 'er merket bestått med et resultat under kravet';
  if (!rules.needsDates) return undefined;
  if (entry.lastAttemptAt === undefined) return entry.passed ? 'er bestått uten dato' : undefined;
  return plausibleDate(entry.lastAttemptAt, FIRST_RELEASE, rules.now)
    ? undefined
    : 'har en dato portalen ikke kan ha satt';
}

const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function inspect(raw: string, catalogue: Catalogue, now?: Date): Inspection {
  const everything = (what: string): Inspection => ({progress: emptyProgress(), problems: [{what, scope: 'alt'}]});
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return everything('Framdriften var ødelagt og kunne ikke leses');
  }
  // Version 1 kept no dates, so only results written by this version must carry one.
  let rules: Plausibility | undefined = now && {now, needsDates: true};
  if (isRecord(data) && data.version === 1) {
    const v1 = v1Schema.safeParse(data);
    if (!v1.success) return everything('Framdrift fra en eldre versjon av portalen var ødelagt');
    data = migrateV1(v1.data);
    rules = now && {now, needsDates: false};
  }
  if (isRecord(data) && typeof data.version === 'number' && data.version > CURRENT_VERSION) {
    return {progress: emptyProgress(), problems: [], newer: true};
  }
  if (!isRecord(data) || data.version !== CURRENT_VERSION) {
    return everything('Framdriften hadde et format portalen ikke kjenner');
  }
  const problems: Problem[] = [];
  const progress = emptyProgress();
  if (typeof data.learnerName === 'string') progress.learnerName = data.learnerName.slice(0, 200);
  else if (data.learnerName !== undefined) problems.push({what: 'Navnet til kursbeviset var ugyldig', scope: 'del'});

  if (!isRecord(data.courses)) problems.push({what: 'Kursoversikten i framdriften var ugyldig', scope: 'del'});
  const courses = isRecord(data.courses) ? data.courses : {};
  // Unknown ids are counted, not listed: a file with hundreds of them gets one line, not a page of notices.
  let unknownCourses = 0;
  let unknownLessons = 0;
  for (const [courseId, value] of Object.entries(courses)) {
    const course = catalogue.find((c) => c.id === courseId);
    if (!course) {
      unknownCourses += 1;
      continue;
    }
    const parsed = courseSchema.safeParse(value);
    if (!parsed.success) {
      problems.push({what: `Framdriften i kurset «${course.title}» var ødelagt`, scope: 'del'});
      continue;
    }
    const kept: CourseProgress = {lessons: {}};
    for (const [lessonId, entry] of Object.entries(parsed.data.lessons)) {
      const lesson = course.lessons.find((l) => l.id === lessonId);
      if (!lesson) {
        unknownLessons += 1;
        continue;
      }
      const lessonParsed = lessonSchema.safeParse(entry);
      const why = !lessonParsed.success ? 'var ødelagt' : rules && implausible(lessonParsed.data, rules);
      if (why || !lessonParsed.success) problems.push({what: `Resultatet for «${lesson.title}» ${why}`, scope: 'del'});
      else kept.lessons[lessonId] = lessonParsed.data;
    }
    if (parsed.data.lastLessonId && course.lessons.some((l) => l.id === parsed.data.lastLessonId)) {
      kept.lastLessonId = parsed.data.lastLessonId;
    }
    progress.courses[courseId] = kept;
  }
  if (unknownCourses > 0) {
    problems.push({what: `${countOf(unknownCourses, 'ukjent kurs', 'ukjente kurs')} ble hoppet over`, scope: 'del'});
  }
  if (unknownLessons > 0) {
    problems.push({
      what: `${countOf(unknownLessons, 'ukjent leksjon', 'ukjente leksjoner')} ble hoppet over`,
      scope: 'del',
    });
  }
  return {progress, problems};
}

export const NEWER_VERSION_NOTICE =
  'Framdriften er lagret av en nyere versjon av portalen og blir ikke endret. Last inn siden på nytt for å få den nyeste versjonen. Til da blir nye resultater ikke lagret, med mindre du velger å nullstille framdriften.';

/**
 * Reads stored progress leniently: whatever is valid and known is kept; each
 * broken or foreign part is dropped with a Norwegian notice saying what.
 */
export function readProgress(raw: string | null, catalogue: Catalogue): ReadResult {
  if (raw === null || raw === '') return {progress: emptyProgress(), notices: [], newer: false};
  const {progress, problems, newer = false} = inspect(raw, catalogue);
  if (newer) return {progress, notices: [NEWER_VERSION_NOTICE], newer, original: raw};
  const notices = problems.map((p) =>
    p.scope === 'alt' ? `${p.what}, og er nullstilt.` : `${p.what}. Den delen er utelatt, resten er beholdt.`,
  );
  return problems.length > 0 ? {progress, notices, newer, original: raw} : {progress, notices, newer};
}

export type ImportResult = {ok: true; progress: Progress} | {ok: false; message: string};

/** Validates an imported file strictly: one problem refuses the whole file, so current progress is never half-replaced. */
export function parseImport(text: string, catalogue: Catalogue, now = new Date()): ImportResult {
  const refuse = (why: string): ImportResult => ({
    ok: false,
    message: `Filen kan ikke importeres: ${why}. Framdriften din er ikke endret.`,
  });
  if (text.trim() === '') return refuse('filen er tom');
  if (text.length > 1_000_000) return refuse('filen er for stor til å være en eksport fra Innkjøpsportalen');
  const {progress, problems, newer} = inspect(text, catalogue, now);
  if (newer) return refuse('filen er laget av en nyere versjon av portalen');
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

/** Reads progress from storage; never writes, so opening a page cannot destroy anything. */
export function loadProgress(storage: StorageLike | null, catalogue: Catalogue): LoadResult {
  const blocked: LoadResult = {
    progress: emptyProgress(),
    notices: [STORAGE_UNAVAILABLE],
    newer: false,
    persistent: false,
  };
  if (!storage) return blocked;
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return blocked;
  }
  return {...readProgress(raw, catalogue), persistent: true};
}

/**
 * Returns false when the browser refuses to store (blocked or full). `setAside` is what was stored before and was
 * not kept whole: it is copied aside first, and nothing is written if that copy cannot be made.
 */
export function saveProgress(storage: StorageLike | null, progress: Progress, setAside?: string): boolean {
  return writeKeepingCopy(storage, STORAGE_KEY, serializeProgress(progress), setAside);
}
