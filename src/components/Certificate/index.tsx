import React, {useId} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {courseMinutes, getCourse} from '@site/src/data/courses';
import {publisherOwner} from '@site/src/data/publisher';
import {courseStatus} from '@site/src/lib/progressStore';
import {certificateId} from '@site/src/lib/certificateId';
import {formatDate, formatPercent} from '@site/src/lib/format';
import {visibleText} from '@site/src/lib/text';
import ProgressNotice from '@site/src/components/ProgressNotice';
import {progressActions, useProgress} from '@site/src/hooks/useProgress';
import {usePublisher} from '@site/src/hooks/usePublisher';
import styles from './styles.module.css';

/**
 * A printable certificate once every lesson quiz of the course is passed: who issued it, to whom, for which course
 * and what it covers, when, and an identifier an employer can file. The name never leaves the browser.
 */
export default function Certificate({courseId}: {courseId: string}): React.ReactElement {
  const course = getCourse(courseId);
  const nameId = useId();
  const publisher = usePublisher();
  const {siteConfig} = useDocusaurusContext();
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

  const name = visibleText(progress.learnerName);
  const completedAt = status.lastAttemptAt ?? '';
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
        <p className={styles.issuer}>{publisher.logoText} · Innkjøpsportalen</p>
        <p className={styles.kicker}>Kursbevis</p>
        <p className={styles.name}>{name || 'Skriv inn navnet ditt over'}</p>
        <p>har fullført nettkurset</p>
        <p className={styles.course}>{course.title}</p>
        <p>
          med alle {status.totalLessons} leksjonene bestått og et gjennomsnittlig beste resultat på{' '}
          {formatPercent(status.averageScore)}. Kurset er beregnet til omtrent {courseMinutes(course)} minutter og
          dekker:
        </p>
        <ul className={styles.lessons}>
          {course.lessons.map((lesson) => (
            <li key={lesson.id}>
              {lesson.title} ({lesson.minutes} min)
            </li>
          ))}
        </ul>
        <dl className={styles.facts}>
          <div>
            <dt>Fullført</dt>
            <dd>{completedAt ? formatDate(completedAt) : 'uten dato'}</dd>
          </div>
          <div>
            <dt>Utstedt av</dt>
            <dd>{publisherOwner(publisher)}</dd>
          </div>
          <div>
            <dt>Kursbevis-ID</dt>
            <dd>
              {name ? (
                <code>{certificateId({courseId: course.id, learnerName: name, completedAt})}</code>
              ) : (
                'vises når navnet er skrevet inn'
              )}
            </dd>
          </div>
        </dl>
        <p className={styles.note}>
          Kurset: {siteConfig.url}
          {siteConfig.baseUrl.replace(/\/$/, '')}
          {course.route}. Samme navn, kurs og fullføring gir alltid samme ID.
        </p>
      </article>
    </div>
  );
}
