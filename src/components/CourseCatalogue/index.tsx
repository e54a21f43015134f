import React from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {COURSES} from '@site/src/data/courses';
import {courseStatus} from '@site/src/lib/progressStore';
import {useProgress} from '@site/src/hooks/useProgress';
import CourseProgressBar from '@site/src/components/CourseProgressBar';
import ProgressNotice from '@site/src/components/ProgressNotice';
import styles from './styles.module.css';

/** All courses with goals, audience, size, estimated time and the learner's progress. */
export default function CourseCatalogue(): React.ReactElement {
  const {progress} = useProgress();
  return (
    <>
      <ProgressNotice />
      <ul className={styles.grid}>
        {COURSES.map((course) => {
          const status = courseStatus(progress, course);
          const minutes = course.lessons.reduce((sum, l) => sum + l.minutes, 0);
          return (
            <li key={course.id} className={styles.card}>
              <Heading as="h3" className={styles.title}>
                <Link to={course.route}>{course.title}</Link>
              </Heading>
              <p className={styles.meta}>
                {course.lessons.length} leksjoner · omtrent {minutes} minutter
              </p>
              <p>
                <strong>For hvem:</strong> {course.audience}
              </p>
              <p className={styles.goalsLabel}>Du lærer å:</p>
              <ul>
                {course.goals.map((goal) => (
                  <li key={goal}>{goal.charAt(0).toLowerCase() + goal.slice(1)}</li>
                ))}
              </ul>
              <CourseProgressBar status={status} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
