import type {Answer, Answers, Quiz, QuizQuestion} from '@site/src/lib/quiz';
import {COURSES} from '@site/src/data/courses';

const modules = import.meta.glob<{default: Quiz}>('../../courses/**/*.quiz.ts', {eager: true});

/** Every lesson quiz, in course and lesson order (globbed, so a new quiz is included without listing it). */
export function courseQuizzes(): Quiz[] {
  const all = Object.values(modules).map((mod) => mod.default);
  const order = COURSES.flatMap((course) => course.lessons.map((lesson) => `${course.id}/${lesson.id}`));
  return [...all].sort(
    (a, b) => order.indexOf(`${a.courseId}/${a.lessonId}`) - order.indexOf(`${b.courseId}/${b.lessonId}`),
  );
}

/** The answer that gets a question right. */
export function correctAnswer(question: QuizQuestion): Answer {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
      return question.correct;
    case 'ordering':
      return question.items.map((i) => i.id);
    case 'matching':
      return Object.fromEntries(question.pairs.map((p) => [p.id, p.id]));
  }
}

/** Every question of a quiz answered right. */
export const correctAnswers = (quiz: Quiz): Answers =>
  Object.fromEntries(quiz.questions.map((question) => [question.id, correctAnswer(question)]));
