import {describe, expect, it} from 'vitest';
import {
  initialOrder,
  isCorrect,
  moveItem,
  questionSeed,
  scoreQuiz,
  shuffled,
  type OrderingQuestion,
  type Quiz,
  withStartingOrders,
} from '@site/src/lib/quiz';
import {correctAnswer} from '../helpers/courseQuizzes';
import {quizProblems} from '../quizProblems';

const ordering: OrderingQuestion = {
  id: 'faser',
  type: 'ordering',
  text: 'Sett fasene i rekkefølge',
  explanation: 'Behov kommer først.',
  items: [
    {id: 'behov', text: 'Behovskartlegging'},
    {id: 'plan', text: 'Planlegging'},
    {id: 'konk', text: 'Konkurranse'},
    {id: 'opp', text: 'Oppfølging'},
  ],
};

const quiz: Quiz = {
  courseId: 'kurs',
  lessonId: 'leksjon',
  title: 'Test',
  passMark: 0.75,
  questions: [
    {
      id: 'en',
      type: 'single',
      text: 'Hva?',
      explanation: 'Fordi.',
      choices: [
        {id: 'a', text: 'A'},
        {id: 'b', text: 'B'},
      ],
      correct: 'b',
    },
    {
      id: 'flere',
      type: 'multiple',
      text: 'Hvilke?',
      explanation: 'Fordi.',
      choices: [
        {id: 'a', text: 'A'},
        {id: 'b', text: 'B'},
        {id: 'c', text: 'C'},
      ],
      correct: ['a', 'c'],
    },
    {id: 'sant', type: 'truefalse', text: 'Påstand', explanation: 'Fordi.', correct: false},
    ordering,
    {
      id: 'par',
      type: 'matching',
      text: 'Koble',
      explanation: 'Fordi.',
      pairs: [
        {id: 'leder', left: 'Leder', right: 'Mandat'},
        {id: 'forvalter', left: 'Kontraktsforvalter', right: 'Oppfølging'},
      ],
    },
  ],
};

const perfect = Object.fromEntries(quiz.questions.map((q) => [q.id, correctAnswer(q)]));

describe('isCorrect', () => {
  it('accepts the right answer for every question type', () => {
    for (const q of quiz.questions) expect(isCorrect(q, correctAnswer(q)), q.id).toBe(true);
  });

  it('needs exactly the right set for multiple choice, in any order', () => {
    const q = quiz.questions[1]!;
    expect(isCorrect(q, ['c', 'a'])).toBe(true);
    expect(isCorrect(q, ['a'])).toBe(false);
    expect(isCorrect(q, ['a', 'b', 'c'])).toBe(false);
  });

  it('treats true/false strictly: an unanswered question is not "false"', () => {
    const q = quiz.questions[2]!;
    expect(isCorrect(q, false)).toBe(true);
    expect(isCorrect(q, undefined)).toBe(false);
    expect(isCorrect(q, 'false')).toBe(false);
  });

  it('checks the whole order for ordering questions', () => {
    expect(isCorrect(ordering, ['behov', 'plan', 'opp', 'konk'])).toBe(false);
    expect(isCorrect(ordering, ['behov', 'plan'])).toBe(false);
  });

  it('needs every pair right for matching', () => {
    const q = quiz.questions[4]!;
    expect(isCorrect(q, {leder: 'forvalter', forvalter: 'leder'})).toBe(false);
    expect(isCorrect(q, {leder: 'leder'})).toBe(false);
  });
});

describe('scoreQuiz', () => {
  it('passes at the pass mark and reports each question', () => {
    const result = scoreQuiz(quiz, perfect);
    expect(result).toMatchObject({correct: 5, total: 5, score: 1, passed: true});
    const fourRight = scoreQuiz(quiz, {...perfect, sant: true});
    expect(fourRight).toMatchObject({correct: 4, score: 0.8, passed: true});
    expect(fourRight.questions.find((q) => q.questionId === 'sant')).toEqual({
      questionId: 'sant',
      answered: true,
      correct: false,
    });
    expect(scoreQuiz(quiz, {en: 'b', sant: false, flere: ['a', 'c']})).toMatchObject({
      correct: 3,
      score: 0.6,
      passed: false,
    });
  });

  it('scores an empty attempt as 0 without dividing by zero', () => {
    expect(scoreQuiz({...quiz, questions: []}, {})).toMatchObject({score: 0, passed: false});
    expect(scoreQuiz(quiz, {}).questions.every((q) => !q.answered)).toBe(true);
  });
});

describe('ordering helpers', () => {
  it('moves an item one step and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('never starts an ordering question already solved', () => {
    for (let seed = 0; seed < 50; seed++) {
      const order = initialOrder(ordering, seed);
      expect([...order].sort()).toEqual(ordering.items.map((i) => i.id).sort());
      expect(isCorrect(ordering, order)).toBe(false);
    }
  });

  it('answers an untouched ordering question with the order the attempt showed, and leaves the rest as given', () => {
    const index = quiz.questions.indexOf(ordering);
    for (const attempt of [0, 1, 2]) {
      const checked = withStartingOrders(quiz, {sant: false}, attempt);
      expect(checked.faser).toEqual(initialOrder(ordering, questionSeed(attempt, index)));
      expect(checked).toMatchObject({sant: false});
      expect(Object.keys(checked).sort()).toEqual(['faser', 'sant']);
      expect(scoreQuiz(quiz, checked).questions.find((q) => q.questionId === 'faser')).toMatchObject({answered: true});
    }
    const moved = ['plan', 'behov', 'opp', 'konk'];
    expect(withStartingOrders(quiz, {faser: moved}, 0).faser).toBe(moved);
    expect(questionSeed(1, index)).not.toBe(questionSeed(0, index));
  });

  it('shuffles deterministically per seed, so server and browser agree', () => {
    expect(shuffled([1, 2, 3, 4, 5], 42)).toEqual(shuffled([1, 2, 3, 4, 5], 42));
    expect(shuffled([1, 2, 3, 4, 5], 42).sort()).toEqual([1, 2, 3, 4, 5]);
    const seeds = new Set(Array.from({length: 20}, (_, seed) => shuffled([1, 2, 3, 4, 5], seed).join()));
    expect(seeds.size).toBeGreaterThan(5);
  });
});

describe('quizProblems', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizProblems(quiz)).toEqual([]);
  });

  it('names broken answer keys, duplicate ids and bad pass marks', () => {
    const broken: Quiz = {
      ...quiz,
      passMark: 1.5,
      questions: [
        {...(quiz.questions[0] as Extract<Quiz['questions'][number], {type: 'single'}>), correct: 'z'},
        {...quiz.questions[2]!, id: 'en'},
      ],
    };
    expect(quizProblems(broken)).toEqual([
      'passMark må være mellom 0 og 1, er 1.5',
      '«en» har et fasitsvar som ikke finnes',
      'spørsmål-id «en» er brukt flere ganger',
    ]);
  });
});
