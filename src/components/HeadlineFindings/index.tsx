import React from 'react';
import {getFinding, type SurveyFindingId} from '@site/src/data/survey';
import {formatSource, formatSurveyValue} from '@site/src/lib/format';
import {SURVEY_YEAR} from '@site/src/data/surveyYear';
import styles from './styles.module.css';

type Props = {ids: readonly SurveyFindingId[]; headingId: string};

/**
 * Headline figures from the survey, each with its source, as a list a screen
 * reader reads in order. Each says its year beside the number: a figure from
 * 2018 read as today's would mislead.
 */
export default function HeadlineFindings({ids, headingId}: Props): React.ReactElement {
  return (
    <ul className={styles.list} aria-labelledby={headingId}>
      {ids.map((id) => {
        const finding = getFinding(id);
        const [first] = finding.values;
        return (
          <li key={id} className={styles.item}>
            <p className={styles.figure}>{first ? formatSurveyValue(first, finding.unit) : 'Tall ikke oppgitt'}</p>
            <p className={styles.year}>Tall fra {SURVEY_YEAR}</p>
            <p className={styles.label}>{finding.label}</p>
            <p className={styles.context}>{finding.context}</p>
            <p className={styles.source}>
              Kilde: {formatSource(finding.source)}
              {finding.n !== undefined ? ` (N = ${finding.n})` : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
