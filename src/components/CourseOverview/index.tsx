import React from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {getCourse} from '@site/src/data/courses';
import {courseStatus} from '@site/src/lib/progressStore';
import {formatPercent} from '@site/src/lib/format';
import {useProgress} from '@site/src/hooks/useProgress';
import CourseProgressBar from '@site/src/components/CourseProgressBar';
import ProgressNotice from '@site/src/components/ProgressNotice';
import SaveCourseOffline from '@site/src/components/SaveCourseOffline';
import ScormDownload from '@site/src/components/ScormDownload';
import clsx from 'clsx';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import styles from './styles.module.css';

/** A course's goals, audience and lessons, with the learner's progress and a way back to where they left off. */
export default function CourseOverview({courseId}: {courseId: string}): React.ReactElement {
  const course = getCourse(courseId);
  const {progress} = useProgress();
  const status = courseStatus(progress, course);
  const stored = progress.courses[course.id]?.lessons ?? {};
  const resume = course.lessons.find((l) => l.id === status.resumeLessonId);
  const minutes = course.lessons.reduce((sum, l) => sum + l.minutes, 0);

  return (
    <div className={styles.overview}>
      <Heading as="h2">Dette lærer du</Heading>
      <ul>
        {course.goals.map((goal) => (
          <li key={goal}>{goal}</li>
        ))}
      </ul>
      <p>
        <strong>For hvem:</strong> {course.audience}
        <br />
        <strong>Omfang:</strong> {course.lessons.length} leksjoner, omtrent {minutes} minutter i alt.
      </p>
      <Heading as="h2" className={SEARCH_IGNORE_CLASS}>
        Din framdrift
      </Heading>
      <ProgressNotice />
      <CourseProgressBar status={status} />
      {status.allPassed ? (
        <p className={SEARCH_IGNORE_CLASS}>
          Du har bestått alle leksjonene. <Link to={course.certificateRoute}>Skriv ut kursbeviset ditt</Link>.
        </p>
      ) : (
        resume && (
          <p className={SEARCH_IGNORE_CLASS}>
            <Link className="button button--primary" to={resume.route}>
              {status.started ? 'Fortsett der du slapp' : 'Start kurset'}: {resume.title}
            </Link>
          </p>
        )
      )}
      <SaveCourseOffline courseId={course.id} />
      <Heading as="h2">Leksjoner</Heading>
      <ol className={styles.lessons}>
        {course.lessons.map((lesson) => {
          const entry = stored[lesson.id];
          const state = entry?.passed ? 'Bestått' : entry ? 'Påbegynt' : 'Ikke startet';
          return (
            <li key={lesson.id} className={styles.lesson}>
              <Link to={lesson.route}>{lesson.title}</Link>
              <span className={clsx(styles.meta, SEARCH_IGNORE_CLASS)}>
                {lesson.minutes} min ·{' '}
                <span className={entry?.passed ? styles.passed : undefined}>
                  {entry?.passed ? '✓ ' : ''}
                  {state}
                  {entry ? ` (beste resultat ${formatPercent(entry.bestScore)})` : ''}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <Heading as="h2">I egen læringsplattform</Heading>
      <p>
        Arbeidsgiveren din kan legge kurset inn i KS Læring eller en annen læringsplattform, der resultatene blir
        registrert.
      </p>
      <ScormDownload courseId={course.id} />
    </div>
  );
}
