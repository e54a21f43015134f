import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Choice, MultipleChoiceQuestion, Quiz, SingleChoiceQuestion} from '@site/src/lib/quiz';

/**
 * A quiz should test what the learner knows, not whether they can spot the
 * longest option. These checks run over every lesson quiz (globbed, so a new
 * quiz is included automatically) and fail when option length gives the answer away.
 */

const quizModules = import.meta.glob<{default: Quiz}>('../../courses/**/*.quiz.ts', {eager: true});
const quizzes = Object.entries(quizModules).map(([file, mod]) => ({file: path.basename(file), quiz: mod.default}));

/** At most this share of single-choice questions may have the correct option as the (joint) longest. */
const MAX_LONGEST_CORRECT_SHARE = 1 / 3;
/** No correct option may be more than this many times as long as the average wrong option in its question. */
const MAX_CORRECT_TO_DISTRACTOR_RATIO = 1.4;

const length = (choice: Choice) => choice.text.length;
const average = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

const singles = quizzes.flatMap(({file, quiz}) =>
  quiz.questions
    .filter((q): q is SingleChoiceQuestion => q.type === 'single')
    .map((question) => {
      const correct = question.choices.find((c) => c.id === question.correct)!;
      const wrong = question.choices.filter((c) => c.id !== question.correct);
      return {
        key: `${file} ${question.id}`,
        correctLength: length(correct),
        longestWrong: Math.max(...wrong.map(length)),
        averageWrong: average(wrong.map(length)),
      };
    }),
);

const multiples = quizzes.flatMap(({file, quiz}) =>
  quiz.questions
    .filter((q): q is MultipleChoiceQuestion => q.type === 'multiple')
    .map((question) => {
      const correct = question.choices.filter((c) => question.correct.includes(c.id));
      const wrong = question.choices.filter((c) => !question.correct.includes(c.id));
      return {
        key: `${file} ${question.id}`,
        shortestCorrect: Math.min(...correct.map(length)),
        longestWrong: Math.max(...wrong.map(length)),
        hasWrong: wrong.length > 0,
      };
    }),
);

describe('quiz option length', () => {
  it('finds the lesson quizzes and their single-choice questions', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(12);
    expect(singles.length).toBeGreaterThan(0);
  });

  it(`has the correct option as the longest in at most ${Math.round(MAX_LONGEST_CORRECT_SHARE * 100)} % of single-choice questions`, () => {
    // Ties count as longest: a learner who picks «the longest» would pick it too.
    const longest = singles.filter((q) => q.correctLength >= q.longestWrong);
    const share = longest.length / singles.length;
    expect(
      share,
      `${longest.length} of ${singles.length} single-choice questions have the correct option as the longest: ${longest.map((q) => q.key).join(', ')}`,
    ).toBeLessThanOrEqual(MAX_LONGEST_CORRECT_SHARE);
  });

  it(`has no correct single-choice option more than ${MAX_CORRECT_TO_DISTRACTOR_RATIO}× the average wrong option`, () => {
    const tooLong = singles
      .map((q) => ({key: q.key, ratio: q.correctLength / q.averageWrong}))
      .filter((q) => q.ratio > MAX_CORRECT_TO_DISTRACTOR_RATIO)
      .map((q) => `${q.key} (${q.ratio.toFixed(2)}×)`);
    expect(tooLong).toEqual([]);
  });

  it('never lets the longest options of a multiple-choice question be exactly the correct ones', () => {
    // If every correct option is at least as long as every wrong one, «pick the long ones» scores full marks.
    const givenAway = multiples
      .filter((q) => q.hasWrong && q.shortestCorrect >= q.longestWrong)
      .map((q) => `${q.key} (shortest correct ${q.shortestCorrect}, longest wrong ${q.longestWrong})`);
    expect(givenAway).toEqual([]);
  });
});
