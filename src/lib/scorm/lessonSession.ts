/**
 * One launch of a lesson in a SCORM 1.2 platform: opens the session, hands
 * the lesson what was saved, reports each checked attempt and closes the
 * session when the learner leaves. Without a platform every call is a no-op,
 * so the lesson works the same opened on its own.
 */
import type {Scorm12Api} from './api';
import type {BestResult, Quiz, QuizAttempt, QuizResult} from '../quiz';
import {
  bestAfter,
  decodeSuspendData,
  encodeSuspendData,
  sessionTime,
  SUSPEND_DATA_MAX,
  valuesAfterCheck,
  type SavedLesson,
} from './lessonRecord';

export type LessonStart = {
  /** A platform is recording this launch. */
  connected: boolean;
  saved: SavedLesson | null;
  /** Where the learner was (a heading's id), when the platform kept one. */
  location: string | null;
  /** A Norwegian sentence when something saved could not be used. */
  problem: string | null;
};

export class LessonSession {
  private best: BestResult | null = null;
  private attempt: QuizAttempt | null = null;
  private finished = false;
  private readonly startedAt: number;

  private constructor(
    private readonly api: Scorm12Api | null,
    private readonly quiz: Quiz,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
  }

  /** Opens the session (LMSInitialize) and reads what an earlier launch left. */
  static open(api: Scorm12Api | null, quiz: Quiz, now: () => number = Date.now): [LessonSession, LessonStart] {
    const connected = api !== null && api.LMSInitialize('') === 'true';
    const session = new LessonSession(connected ? api : null, quiz, now);
    if (!connected) return [session, {connected: false, saved: null, location: null, problem: null}];
    const {saved, problem} = decodeSuspendData(api.LMSGetValue('cmi.suspend_data'), quiz);
    session.best = saved?.best ?? null;
    session.attempt = saved;
    // A first launch is «not attempted»; opening the lesson makes it incomplete until the quiz is passed.
    if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') {
      api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    }
    const location = api.LMSGetValue('cmi.core.lesson_location') || null;
    return [session, {connected: true, saved, location, problem}];
  }

  get bestResult(): BestResult | null {
    return this.best;
  }

  /** Keeps the answers on screen, so a new launch shows them; sent with the next commit. */
  saveProgress(attempt: QuizAttempt): void {
    this.attempt = attempt;
    this.writeSuspendData();
  }

  saveLocation(id: string): void {
    this.api?.LMSSetValue('cmi.core.lesson_location', id);
  }

  /** Reports a checked attempt and commits it at once, so a closed tab loses nothing. */
  recordCheck(result: QuizResult, attempt: QuizAttempt): BestResult {
    this.best = bestAfter(this.best, result);
    this.attempt = attempt;
    if (this.api) {
      for (const [element, value] of Object.entries(valuesAfterCheck(this.best))) this.api.LMSSetValue(element, value);
      this.writeSuspendData();
      this.api.LMSCommit('');
    }
    return this.best;
  }

  /** Ends the launch (LMSFinish) once; a lesson not yet passed is left as suspended, to resume. */
  finish(): void {
    if (!this.api || this.finished) return;
    this.finished = true;
    this.api.LMSSetValue('cmi.core.session_time', sessionTime(this.now() - this.startedAt));
    this.api.LMSSetValue('cmi.core.exit', this.best?.passed ? '' : 'suspend');
    this.api.LMSFinish('');
  }

  private writeSuspendData(): void {
    if (!this.api || !this.attempt) return;
    const full = encodeSuspendData({...this.attempt, best: this.best});
    // Over the cap only the answers are dropped: the best result is what the platform must not lose.
    const fits =
      full.length <= SUSPEND_DATA_MAX
        ? full
        : encodeSuspendData({answers: {}, attempt: this.attempt.attempt, checked: false, best: this.best});
    this.api.LMSSetValue('cmi.suspend_data', fits);
  }
}
