/**
 * What a lesson tells a SCORM 1.2 platform and keeps there to resume: pure
 * translations between a quiz attempt and the platform's `cmi` values.
 */
import {z} from '../schema';
import type {BestResult, Quiz, QuizAttempt, QuizResult} from '../quiz';

/** SCORM 1.2 types `cmi.suspend_data` as CMIString4096, and runtimes such as scorm-again refuse anything longer. */
export const SUSPEND_DATA_MAX = 4096;

/** `cmi.core.score.raw` runs over this scale: the share of questions right, in per cent. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

export type LessonStatus = 'incomplete' | 'passed' | 'failed';

/** What the package saves in `cmi.suspend_data`: the attempt on screen, and the best result to keep. */
export type SavedLesson = QuizAttempt & {best: BestResult | null};

const answerSchema = z.union([z.string(), z.array(z.string()), z.boolean(), z.record(z.string(), z.string())]);

const savedSchema = z.object({
  v: z.literal(1),
  answers: z.record(z.string(), answerSchema),
  attempt: z.int().check(z.gte(0)),
  checked: z.boolean(),
  best: z.nullable(z.object({bestScore: z.number().check(z.gte(0), z.lte(1)), passed: z.boolean()})),
});

export function encodeSuspendData(saved: SavedLesson): string {
  return JSON.stringify({v: 1, ...saved});
}

export type DecodedSuspendData = {saved: SavedLesson | null; problem: string | null};

/**
 * The saved lesson, or null with a Norwegian reason when what the platform
 * returned cannot be this quiz's: the learner then starts the quiz afresh
 * rather than facing a broken page. An empty string is a first launch.
 */
export function decodeSuspendData(raw: string, quiz: Quiz): DecodedSuspendData {
  if (raw.trim() === '') return {saved: null, problem: null};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const checked = savedSchema.safeParse(parsed);
  if (!checked.success) {
    return {
      saved: null,
      problem: 'Læringsplattformen hadde lagret svar som ikke kunne leses, så du begynner på quizen på nytt.',
    };
  }
  const known = new Set(quiz.questions.map((question) => question.id));
  const answers = Object.fromEntries(Object.entries(checked.data.answers).filter(([id]) => known.has(id)));
  const {attempt, best} = checked.data;
  return {saved: {answers, attempt, best, checked: checked.data.checked}, problem: null};
}

/** The share right as `cmi.core.score.raw` wants it: a whole number of per cent. */
export const rawScore = (share: number): number => Math.round(share * SCORE_MAX);

/** A passed lesson stays passed, and the best score is the one kept, so a weaker retry never lowers the record. */
export function bestAfter(previous: BestResult | null, result: QuizResult): BestResult {
  if (!previous) return {bestScore: result.score, passed: result.passed};
  return {bestScore: Math.max(previous.bestScore, result.score), passed: previous.passed || result.passed};
}

/** The `cmi` values to set after the learner checks the answers. */
export function valuesAfterCheck(best: BestResult): Record<string, string> {
  const status: LessonStatus = best.passed ? 'passed' : 'failed';
  return {
    'cmi.core.score.raw': String(rawScore(best.bestScore)),
    'cmi.core.score.min': String(SCORE_MIN),
    'cmi.core.score.max': String(SCORE_MAX),
    'cmi.core.lesson_status': status,
  };
}

/** `cmi.core.session_time` as SCORM 1.2's CMITimespan writes it: HHHH:MM:SS.SS. */
export function sessionTime(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
