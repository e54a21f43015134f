import React from 'react';
import Link from '@docusaurus/Link';
import {COURSES} from '@site/src/data/courses';
import {getRole} from '@site/src/data/roles';

/** The lessons that build a role's competence: its learning path from src/data/roles.ts. */
export default function RoleCourses({role}: {role: string}): React.ReactElement {
  const {path} = getRole(role);
  return (
    <ol>
      {path.map(({courseId, lessonId}) => {
        const course = COURSES.find((c) => c.id === courseId)!;
        const lesson = course.lessons.find((l) => l.id === lessonId)!;
        return (
          <li key={`${courseId}/${lessonId}`}>
            <Link to={lesson.route}>{lesson.title}</Link> ({course.title})
          </li>
        );
      })}
    </ol>
  );
}
