import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {COURSES} from '@site/src/data/courses';
import {ROLES} from '@site/src/data/roles';
import type {Quiz, QuizQuestion} from '@site/src/lib/quiz';
import {quizProblems} from '../quizProblems';
import sidebars from '@site/sidebars/courses';
import {sidebarDocs} from '../sidebarDocs';

const quizModules = import.meta.glob<{default: Quiz}>('../../courses/**/*.quiz.ts', {eager: true});
const quizzes = Object.entries(quizModules).map(([file, mod]) => ({file: path.basename(file), quiz: mod.default}));
const root = path.resolve(__dirname, '../..');

describe('course catalogue', () => {
  it('has at least three courses of at least four lessons, with unique ids', () => {
    expect(COURSES.length).toBeGreaterThanOrEqual(3);
    for (const course of COURSES) expect(course.lessons.length, course.id).toBeGreaterThanOrEqual(4);
    const keys = COURSES.flatMap((c) => c.lessons.map((l) => `${c.id}/${l.id}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(COURSES.flatMap((c) => c.lessons.map((l) => [c.id, l.id] as const)))(
    '%s/%s has a lesson page that shows its quiz',
    (courseId, lessonId) => {
      const mdx = path.join(root, 'courses', courseId, `${lessonId}.mdx`);
      expect(existsSync(mdx)).toBe(true);
      const text = readFileSync(mdx, 'utf8');
      expect(text).toContain(`import quiz from './${lessonId}.quiz';`);
      expect(text).toContain('<Quiz quiz={quiz} />');
      expect(quizzes.some(({quiz}) => quiz.courseId === courseId && quiz.lessonId === lessonId)).toBe(true);
    },
  );

  it.each(COURSES.map((c) => c.id))('%s has an overview and a certificate page', (courseId) => {
    expect(readFileSync(path.join(root, 'courses', courseId, 'index.mdx'), 'utf8')).toContain(
      `<CourseOverview courseId="${courseId}" />`,
    );
    expect(readFileSync(path.join(root, 'courses', courseId, 'kursbevis.mdx'), 'utf8')).toContain(
      `<Certificate courseId="${courseId}" />`,
    );
  });
});

describe('catalogue and lesson pages', () => {
  // A lesson page is one that shows a quiz; the overview and the certificate are not lessons.
  const isLessonPage = (text: string) => text.includes('<Quiz quiz={quiz} />');

  it('lists the lessons with the titles of their front matter, in the order of the courses sidebar', async () => {
    const docs = await sidebarDocs(root, 'courses', sidebars, 'courses');
    const disagreements = COURSES.flatMap((course) => {
      const pages = docs.filter((d) => d.id.startsWith(`${course.id}/`) && isLessonPage(d.text));
      const pageIds = pages.map((p) => p.id.slice(course.id.length + 1));
      const catalogueIds = course.lessons.map((l) => l.id);
      return [
        ...course.lessons.flatMap((lesson, index) => {
          const key = `${course.id}/${lesson.id}`;
          const page = pages.find((p) => p.id === key);
          if (!page) return [`${key}: in the catalogue, but no lesson page with a quiz in the sidebar`];
          const problems: string[] = [];
          if (page.frontMatter.title !== lesson.title)
            problems.push(
              `${key}: catalogue title ${JSON.stringify(lesson.title)}, front matter title ${JSON.stringify(page.frontMatter.title)}`,
            );
          const sidebarIndex = pageIds.indexOf(lesson.id);
          if (sidebarIndex !== index)
            problems.push(`${key}: lesson ${index + 1} in the catalogue, lesson ${sidebarIndex + 1} in the sidebar`);
          return problems;
        }),
        ...pages
          .filter((_page, index) => !catalogueIds.includes(pageIds[index]!))
          .map((p) => `${p.id}: lesson page (${p.file}) missing from the catalogue`),
      ];
    });
    expect(disagreements).toEqual([]);
  });
});

describe.each(quizzes)('quiz $file', ({file, quiz}) => {
  it('is well formed and belongs to a lesson in the catalogue', () => {
    expect(quizProblems(quiz)).toEqual([]);
    const course = COURSES.find((c) => c.id === quiz.courseId);
    expect(course?.lessons.map((l) => l.id)).toContain(quiz.lessonId);
    expect(file).toBe(`${quiz.lessonId}.quiz.ts`);
  });

  it('has an ordering or matching question', () => {
    expect(quiz.questions.some((q) => q.type === 'ordering' || q.type === 'matching')).toBe(true);
  });
});

describe('question types per course', () => {
  it.each(COURSES.map((c) => c.id))('%s uses every question type at least twice', (courseId) => {
    const types = quizzes
      .filter(({quiz}) => quiz.courseId === courseId)
      .flatMap(({quiz}) => quiz.questions.map((q) => q.type));
    for (const type of ['single', 'multiple', 'truefalse', 'ordering', 'matching'] satisfies QuizQuestion['type'][]) {
      expect(types.filter((t) => t === type).length, type).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('learning paths', () => {
  it('point only at lessons that exist', () => {
    for (const role of ROLES) {
      for (const step of role.path) {
        const course = COURSES.find((c) => c.id === step.courseId);
        expect(
          course?.lessons.some((l) => l.id === step.lessonId),
          `${role.id}: ${step.courseId}/${step.lessonId}`,
        ).toBe(true);
      }
    }
  });
});
