import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import CoursePackageList from '@site/src/components/CoursePackageList';
import {COURSES} from '@site/src/data/courses';

describe('CoursePackageList', () => {
  it('links every course to its overview page and lists its lessons in the catalogue order', () => {
    render(<CoursePackageList />);
    for (const course of COURSES) {
      const link = screen.getByRole('link', {name: course.title});
      expect(link).toHaveAttribute('href', course.route);
      const item = link.closest('li')!;
      expect(item).toHaveTextContent(`(${course.lessons.length} leksjoner)`);
      const lessons = within(item)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(lessons).toEqual(course.lessons.map((l) => l.title));
    }
  });
});
