import React from 'react';
import {shuffled, type MatchingQuestion as Matching} from '@site/src/lib/quiz';
import type {QuestionProps} from './types';
import styles from './styles.module.css';

/** Matching with one native <select> per left item, labelled by that item. */
export default function MatchingQuestion(props: QuestionProps<Matching>): React.ReactElement {
  const {question, answer, onChange, locked, reveal, seed, name} = props;
  const given =
    typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? (answer as Record<string, string>) : {};
  const rights = shuffled(question.pairs, seed + 7);

  return (
    <ul className={styles.matching}>
      {question.pairs.map((pair) => {
        const id = `${name}-${question.id}-${pair.id}`;
        return (
          <li key={pair.id} className={styles.matchRow}>
            <label htmlFor={id} className={styles.matchLeft}>
              {pair.left}
            </label>
            <select
              id={id}
              value={given[pair.id] ?? ''}
              disabled={locked}
              onChange={(e) => onChange({...given, [pair.id]: e.target.value})}
            >
              <option value="">Velg …</option>
              {rights.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.right}
                </option>
              ))}
            </select>
            {reveal && <p className={styles.rightMark}>Riktig: {pair.right}</p>}
          </li>
        );
      })}
    </ul>
  );
}
