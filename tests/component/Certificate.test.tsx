import React from 'react';
import {render, screen} from '@testing-library/react';
import {beforeEach, describe, expect, it} from 'vitest';
import Certificate from '@site/src/components/Certificate';
import {COURSES, courseMinutes} from '@site/src/data/courses';
import {publisherOwner} from '@site/src/data/publisher';
import {certificateId} from '@site/src/lib/certificateId';
import {STORAGE_KEY, emptyProgress, recordAttempt, serializeProgress} from '@site/src/lib/progressStore';

const course = COURSES[0]!;

/** Every lesson of the course passed, the last one at `finishedAt`. */
function storeCompletedCourse(finishedAt: Date): void {
  let progress = emptyProgress();
  for (const lesson of course.lessons) {
    progress = recordAttempt(progress, course.id, lesson.id, {score: 1, passed: true}, finishedAt);
  }
  localStorage.setItem(STORAGE_KEY, serializeProgress(progress));
}

beforeEach(() => localStorage.clear());

describe('Certificate', () => {
  it('dates a course finished at 00:30 in Oslo by the Oslo date, not the UTC one', async () => {
    // 23:30 UTC on 30 November 2026 is 00:30 on 1 December in Oslo (winter time, UTC+1).
    storeCompletedCourse(new Date('2026-11-30T23:30:00Z'));
    render(<Certificate courseId={course.id} />);
    expect(await screen.findByRole('article', {name: 'Kursbevis'})).toHaveTextContent('Fullført1. desember 2026');
  });
});

describe('Certificate contents', () => {
  it('names the issuer, the course’s lessons and minutes, and an identifier from course, name and completion', async () => {
    const finishedAt = new Date('2026-11-20T12:00:00Z');
    storeCompletedCourse(finishedAt);
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    localStorage.setItem(STORAGE_KEY, JSON.stringify({...stored, learnerName: 'Kari Nordmann'}));
    render(<Certificate courseId={course.id} />);
    const certificate = await screen.findByRole('article', {name: 'Kursbevis'});
    expect(certificate).toHaveTextContent(`Utstedt av${publisherOwner()}`);
    expect(certificate).toHaveTextContent(`omtrent ${courseMinutes(course)} minutter`);
    for (const lesson of course.lessons)
      expect(certificate).toHaveTextContent(`${lesson.title} (${lesson.minutes} min)`);
    const id = certificateId({
      courseId: course.id,
      learnerName: 'Kari Nordmann',
      completedAt: finishedAt.toISOString(),
    });
    expect(certificate).toHaveTextContent(`Kursbevis-ID${id}`);
  });

  it('shows no identifier until there is a name to derive it from', async () => {
    storeCompletedCourse(new Date('2026-11-20T12:00:00Z'));
    render(<Certificate courseId={course.id} />);
    expect(await screen.findByRole('article', {name: 'Kursbevis'})).toHaveTextContent(
      'Kursbevis-IDvises når navnet er skrevet inn',
    );
  });
});

describe('Certificate and stored progress', () => {
  it('treats a name of only invisible characters as no name', async () => {
    storeCompletedCourse(new Date('2026-11-30T12:00:00Z'));
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    localStorage.setItem(STORAGE_KEY, JSON.stringify({...stored, learnerName: '\u200b \u2060\u00a0'}));
    render(<Certificate courseId={course.id} />);
    expect(await screen.findByRole('article', {name: 'Kursbevis'})).toHaveTextContent('Skriv inn navnet ditt over');
  });

  it('tells the learner about broken progress and writes nothing by being opened', async () => {
    localStorage.setItem(STORAGE_KEY, '{ødelagt');
    render(<Certificate courseId={course.id} />);
    expect(await screen.findByRole('status')).toHaveTextContent('Framdriften var ødelagt');
    expect(Object.keys(localStorage)).toEqual([STORAGE_KEY]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{ødelagt');
  });
});
