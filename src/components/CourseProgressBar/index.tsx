import React, {useId} from 'react';
import type {CourseStatus} from '@site/src/lib/progressStore';
import styles from './styles.module.css';

/** A labelled native <progress> with the same figures in text. */
export default function CourseProgressBar({status}: {status: CourseStatus}): React.ReactElement {
  const id = useId();
  return (
    <div className={styles.wrapper}>
      <label htmlFor={id} className={styles.label}>
        Framdrift: {status.passedLessons} av {status.totalLessons} leksjoner bestått ({status.percent} %)
      </label>
      <progress id={id} className={styles.bar} max={status.totalLessons} value={status.passedLessons}>
        {status.percent} %
      </progress>
    </div>
  );
}
