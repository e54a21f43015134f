import React from 'react';
import Link from '@docusaurus/Link';
import {COURSES} from '@site/src/data/courses';
import ScormDownload from '@site/src/components/ScormDownload';

/**
 * Each course with its lessons in order: what an administrator sees as the
 * activities (SCOs) of the course's package in the learning platform.
 */
export default function CoursePackageList(): React.ReactElement {
  return (
    <ul>
      {COURSES.map((course) => (
        <li key={course.id}>
          <Link to={course.route}>{course.title}</Link> ({course.lessons.length} leksjoner)
          {/* The titles carry their numbers («Leksjon 1: …»). */}
          <ul>
            {course.lessons.map((lesson) => (
              <li key={lesson.id}>{lesson.title}</li>
            ))}
          </ul>
          <ScormDownload courseId={course.id} guide={false} />
        </li>
      ))}
    </ul>
  );
}
