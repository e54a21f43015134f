/**
 * Quiz model and scoring. Lessons define a `Quiz` object in a `<lesson>.quiz.ts`
 * file next to the MDX; the <Quiz> component renders it and this module decides
 * what is right. Pure; no React, no DOM.
 */
import {formatPercent} from './format';

export type Choice = {
  id: string;
  text: string;
  /** Shown after answering when the learner picked this choice. */
  feedback?: string;
};

type QuestionBase = {
  /** Stable within the quiz. */
  id: string;
  text: string;
  /** Shown after answering, right or wrong. */
  explanation: string;
};

export type SingleChoiceQuestion = QuestionBase & {type: 'single'; choices: readonly Choice[]; correct: string};
export type MultipleChoiceQuestion = QuestionBase & {
  type: 'multiple';
  choices: readonly Choice[];
  correct: readonly string[];
};
export type TrueFalseQuestion = QuestionBase & {type: 'truefalse'; correct: boolean};
/** `items` are listed in the correct order; the learner sees them shuffled. */
export type OrderingQuestion = QuestionBase & {type: 'ordering'; items: readonly {id: string; text: string}[]};
/** Each left item belongs with its right text; the learner picks a right for each left. */
export type MatchingQuestion = QuestionBase & {
  type: 'matching';
  pairs: readonly {id: string; left: string; right: string}[];
};

export type QuizQuestion =
  SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion | OrderingQuestion | MatchingQuestion;

export type Quiz = {
  courseId: string;
  lessonId: string;
  title: string;
  /** Share of questions to get right to pass, from 0 to 1. */
  passMark: number;
  /** Shuffle choices (and ordering items always) for each attempt. */
  shuffle?: boolean;
  questions: readonly QuizQuestion[];
};

/** What a learner has answered: a choice id, several, true/false, an order of ids, or left id → pair id. */
export type Answer = string | readonly string[] | boolean | Readonly<Record<string, string>>;
export type Answers = Readonly<Record<string, Answer | undefined>>;

export type QuestionResult = {questionId: string; answered: boolean; correct: boolean};

export type QuizResult = {
  correct: number;
  total: number;
  /** Share right, 0 to 1. */
  score: number;
  passed: boolean;
  questions: QuestionResult[];
};

/** Where a quiz stands: what is answered, which attempt (it seeds the shuffle) and whether it is checked. */
export type QuizAttempt = {answers: Answers; attempt: number; checked: boolean};

/** A learner's best attempt at a lesson, as the browser's progress or a learning platform keeps it. */
export type BestResult = {bestScore: number; passed: boolean};

/** «Ditt beste resultat så langt: 83 % – bestått.», said under a quiz's introduction. */
export function bestResultSentence(best: BestResult): string {
  return `Ditt beste resultat så langt: ${formatPercent(best.bestScore)}${best.passed ? ' – bestått.' : ' – ikke bestått ennå.'}`;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function isAnswered(question: QuizQuestion, answer: Answer | undefined): boolean {
  switch (question.type) {
    case 'single':
      return typeof answer === 'string' && answer !== '';
    case 'multiple':
      return Array.isArray(answer) && answer.length > 0;
    case 'truefalse':
      return typeof answer === 'boolean';
    case 'ordering':
      return Array.isArray(answer) && answer.length === question.items.length;
    case 'matching': {
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return false;
      const given = answer as Record<string, string>;
      return question.pairs.every((p) => typeof given[p.id] === 'string' && given[p.id] !== '');
    }
  }
}

export function isCorrect(question: QuizQuestion, answer: Answer | undefined): boolean {
  if (!isAnswered(question, answer)) return false;
  switch (question.type) {
    case 'single':
      return answer === question.correct;
    case 'multiple':
      return sameSet(answer as readonly string[], question.correct);
    case 'truefalse':
      return answer === question.correct;
    case 'ordering':
      return (answer as readonly string[]).every((id, i) => id === question.items[i]!.id);
    case 'matching': {
      const given = answer as Record<string, string>;
      return question.pairs.every((p) => given[p.id] === p.id);
    }
  }
}

export function scoreQuiz(quiz: Quiz, answers: Answers): QuizResult {
  const questions = quiz.questions.map((q) => ({
    questionId: q.id,
    answered: isAnswered(q, answers[q.id]),
    correct: isCorrect(q, answers[q.id]),
  }));
  const correct = questions.filter((q) => q.correct).length;
  const total = quiz.questions.length;
  const score = total === 0 ? 0 : correct / total;
  return {correct, total, score, passed: score >= quiz.passMark, questions};
}

/** Moves the item at `from` one step up (-1) or down (+1); out-of-range moves leave the order as it is. */
export function moveItem<T>(order: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * A deterministic shuffle (mulberry32 + Fisher–Yates), so the server and the
 * browser agree on the first render and each new attempt can use a new seed.
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** The seed of a question's shuffle in an attempt: a new attempt shows new orders, the same attempt the same ones. */
export function questionSeed(attempt: number, questionIndex: number): number {
  return attempt * 101 + questionIndex;
}

/**
 * The answers as they are checked: an ordering question the learner left as it was shown is answered with the order
 * shown, the shuffled starting order of this attempt.
 */
export function withStartingOrders(quiz: Quiz, answers: Answers, attempt: number): Answers {
  const complete: Record<string, Answer | undefined> = {...answers};
  quiz.questions.forEach((question, index) => {
    if (question.type === 'ordering' && !Array.isArray(complete[question.id])) {
      complete[question.id] = initialOrder(question, questionSeed(attempt, index));
    }
  });
  return complete;
}

/** An order of ordering items that is never already the answer (unless there is only one item). */
export function initialOrder(question: OrderingQuestion, seed: number): string[] {
  const ids = question.items.map((i) => i.id);
  if (ids.length < 2) return ids;
  for (let attempt = 0; attempt < 10; attempt++) {
    const order = shuffled(ids, seed + attempt);
    if (order.some((id, i) => id !== ids[i])) return order;
  }
  return [...ids.slice(1), ids[0]!];
}
