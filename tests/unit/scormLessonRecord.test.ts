import {COURSES} from '@site/src/data/courses';
import {scoreQuiz, type Answer, type Quiz, type QuizQuestion} from '@site/src/lib/quiz';
import {
  bestAfter,
  decodeSuspendData,
  encodeSuspendData,
  rawScore,
  sessionTime,
  SUSPEND_DATA_MAX,
  valuesAfterCheck,
} from '@site/src/lib/scorm/lessonRecord';
import {correctAnswers, courseQuizzes} from '../helpers/courseQuizzes';

const quizzes = courseQuizzes();
const quiz = quizzes[0]!;

/** The longest answer a learner can give: every question answered, the most ids it can hold. */
function fullAnswer(question: QuizQuestion): Answer {
  switch (question.type) {
    case 'single':
      return question.choices.reduce((a, b) => (a.id.length >= b.id.length ? a : b)).id;
    case 'multiple':
      return question.choices.map((choice) => choice.id);
    case 'truefalse':
      return false;
    case 'ordering':
      return question.items.map((item) => item.id);
    case 'matching':
      return Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id]));
  }
}

const allAnswered = (q: Quiz) => Object.fromEntries(q.questions.map((question) => [question.id, fullAnswer(question)]));

describe('suspend data', () => {
  it('comes back as it was saved', () => {
    const saved = {answers: allAnswered(quiz), attempt: 3, checked: true, best: {bestScore: 0.5, passed: false}};
    expect(decodeSuspendData(encodeSuspendData(saved), quiz)).toEqual({saved, problem: null});
  });

  it('is empty on a first launch, without a complaint', () => {
    expect(decodeSuspendData('', quiz)).toEqual({saved: null, problem: null});
  });

  it.each([
    '{',
    '"tekst"',
    '{"v":2,"answers":{},"attempt":0,"checked":false,"best":null}',
    '{"v":1,"answers":{"a":5}}',
  ])('that cannot be this package’s (%s) is set aside with a Norwegian reason', (raw) => {
    const decoded = decodeSuspendData(raw, quiz);
    expect(decoded.saved).toBeNull();
    expect(decoded.problem).toMatch(/begynner på quizen på nytt/);
  });

  it('drops answers to questions the lesson no longer has', () => {
    const raw = encodeSuspendData({answers: {fjernet: 'x'}, attempt: 0, checked: false, best: null});
    expect(decodeSuspendData(raw, quiz).saved?.answers).toEqual({});
  });

  it.each(quizzes.map((q) => [q.lessonId, q]))(
    'fits within SCORM 1.2’s limit with every question of %s answered',
    (_, q) => {
      const raw = encodeSuspendData({
        answers: allAnswered(q),
        attempt: 999,
        checked: true,
        best: {bestScore: 1, passed: true},
      });
      expect(raw.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    },
  );

  it('covers every lesson of every course', () => {
    expect(quizzes.map((q) => q.lessonId)).toEqual(COURSES.flatMap((c) => c.lessons.map((l) => l.id)));
  });
});

describe('what the platform is told', () => {
  const failed = scoreQuiz(quiz, {});
  const correct = correctAnswers(quiz);
  const passed = scoreQuiz(quiz, correct);

  it('scores in whole per cent from 0 to 100, failed below the pass mark', () => {
    expect(passed.passed).toBe(true);
    expect(valuesAfterCheck(bestAfter(null, failed))).toEqual({
      'cmi.core.score.raw': '0',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_status': 'failed',
    });
    expect(valuesAfterCheck(bestAfter(null, passed))).toMatchObject({
      'cmi.core.score.raw': '100',
      'cmi.core.lesson_status': 'passed',
    });
  });

  it('never lowers a best result with a weaker retry', () => {
    const best = bestAfter(bestAfter(null, passed), failed);
    expect(best).toEqual({bestScore: 1, passed: true});
    expect(valuesAfterCheck(best)['cmi.core.lesson_status']).toBe('passed');
  });

  it('rounds the share to whole per cent', () => {
    expect([rawScore(0), rawScore(2 / 3), rawScore(0.75), rawScore(1)]).toEqual([0, 67, 75, 100]);
  });

  it('writes the session time as HHHH:MM:SS.SS', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(((1 * 60 + 2) * 60 + 3.456) * 1000)).toBe('0001:02:03.46');
    expect(sessionTime(-5)).toBe('0000:00:00.00');
  });
});
