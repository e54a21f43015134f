import React, {useId} from 'react';
import type {CourseStatus} from '@site/src/lib/progressStore';
import clsx from 'clsx';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import styles from './styles.module.css';

/** A labelled native <progress> with the same figures in text. */
export default function CourseProgressBar({status}: {status: CourseStatus}): React.ReactElement {
  const id = useId();
  return (
    <div className={clsx(styles.wrapper, SEARCH_IGNORE_CLASS)}>
      <label htmlFor={id} className={styles.label}>
        Framdrift: {status.passedLessons} av {status.totalLessons} leksjoner bestått ({status.percent} %)
      </label>
      <progress id={id} className={styles.bar} max={status.totalLessons} value={status.passedLessons}>
        {status.percent} %
      </progress>
    </div>
  );
}
