import React from 'react';
import Heading from '@theme/Heading';
import {LEVEL_NAMES, type Dimension, type Level} from '@site/src/data/maturity';
import type {DimensionScore} from '@site/src/lib/maturity';
import {decimal} from './numbers';
import styles from './styles.module.css';

const LEVELS: Level[] = [1, 2, 3, 4, 5];

type Props = {
  dimension: Dimension;
  position: {index: number; count: number};
  score: DimensionScore;
  answers: Readonly<Record<string, Level>>;
  onAnswer: (statementId: string, level: Level) => void;
  headingRef: React.Ref<HTMLHeadingElement>;
  name: string;
};

/** One area of the assessment: its statements, each scored 1–5, and the area's result once all are answered. */
export default function AreaForm({dimension, position, score, answers, onAnswer, headingRef, name}: Props) {
  const headingId = `${name}-${dimension.id}`;
  return (
    <section aria-labelledby={headingId} className={styles.dimension}>
      <Heading as="h3" ref={headingRef} tabIndex={-1} className={styles.areaHeading}>
        <span id={headingId}>
          <span className={styles.areaCount}>
            Område {position.index + 1} av {position.count}
          </span>{' '}
          {dimension.name}
        </span>
      </Heading>
      <p className={styles.why}>{dimension.why}</p>
      {dimension.statements.map((statement) => (
        <fieldset key={statement.id} className={styles.statement}>
          <legend>{statement.text}</legend>
          {LEVELS.map((level) => (
            <label key={level} className={styles.option}>
              <input
                type="radio"
                name={`${name}-${statement.id}`}
                value={level}
                checked={answers[statement.id] === level}
                onChange={() => onAnswer(statement.id, level)}
              />
              <span>
                <strong>
                  {level} – {LEVEL_NAMES[level]}:
                </strong>{' '}
                {statement.levels[level - 1]}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <p aria-live="polite" className={styles.areaResult}>
        {score.score === null
          ? `Du har svart på ${score.answered} av ${score.total} påstander i dette området.`
          : `Resultat for ${dimension.name.toLowerCase()}: ${decimal(score.score)} av 5 – ${LEVEL_NAMES[score.level!]}.`}
      </p>
    </section>
  );
}
