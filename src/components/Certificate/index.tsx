import React, {useId} from 'react';
import Link from '@docusaurus/Link';
import {getCourse} from '@site/src/data/courses';
import {courseStatus} from '@site/src/lib/progressStore';
import {formatDate, formatPercent} from '@site/src/lib/format';
import {visibleText} from '@site/src/lib/text';
import ProgressNotice from '@site/src/components/ProgressNotice';
import {progressActions, useProgress} from '@site/src/hooks/useProgress';
import styles from './styles.module.css';

/** A printable certificate once every lesson quiz of the course is passed; the name never leaves the browser. */
export default function Certificate({courseId}: {courseId: string}): React.ReactElement {
  const course = getCourse(courseId);
  const nameId = useId();
  const {progress, loaded} = useProgress();
  const status = courseStatus(progress, course);

  if (!loaded) return <p>Henter framdriften din …</p>;

  if (!status.allPassed) {
    const remaining = course.lessons.filter((l) => !progress.courses[course.id]?.lessons[l.id]?.passed);
    return (
      <div>
        <ProgressNotice />
        <p>
          Kursbeviset blir tilgjengelig når du har bestått quizen i alle leksjonene. Du har bestått{' '}
          {status.passedLessons} av {status.totalLessons}. Dette gjenstår:
        </p>
        <ul>
          {remaining.map((l) => (
            <li key={l.id}>
              <Link to={l.route}>{l.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div>
      <ProgressNotice />
      <div className={styles.controls}>
        <label htmlFor={nameId}>Navnet ditt, slik det skal stå på kursbeviset (lagres bare i nettleseren din)</label>
        <input
          id={nameId}
          type="text"
          autoComplete="name"
          maxLength={200}
          value={progress.learnerName}
          onChange={(e) => progressActions.setLearnerName(e.target.value)}
        />
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Skriv ut kursbeviset
        </button>
      </div>
      <article className={styles.certificate} aria-label="Kursbevis">
        <p className={styles.kicker}>Kursbevis</p>
        <p className={styles.name}>{visibleText(progress.learnerName) || 'Skriv inn navnet ditt over'}</p>
        <p>har fullført nettkurset</p>
        <p className={styles.course}>{course.title}</p>
        <p>
          i Innkjøpsportalen, med {status.totalLessons} av {status.totalLessons} leksjoner bestått og et gjennomsnittlig
          beste resultat på {formatPercent(status.averageScore)}.
        </p>
        <p>Fullført {status.lastAttemptAt ? formatDate(status.lastAttemptAt) : ''}</p>
      </article>
    </div>
  );
}
