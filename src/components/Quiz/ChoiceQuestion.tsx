import React from 'react';
import {
  shuffled,
  type Choice,
  type MultipleChoiceQuestion,
  type SingleChoiceQuestion,
  type TrueFalseQuestion,
} from '@site/src/lib/quiz';
import type {QuestionProps} from './types';
import styles from './styles.module.css';

type ChoiceLike = SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion;

const TRUE_FALSE: readonly Choice[] = [
  {id: 'sant', text: 'Sant'},
  {id: 'usant', text: 'Usant'},
];

function toChoiceIds(question: ChoiceLike, answer: QuestionProps<ChoiceLike>['answer']): string[] {
  if (question.type === 'truefalse') return typeof answer === 'boolean' ? [answer ? 'sant' : 'usant'] : [];
  if (question.type === 'single') return typeof answer === 'string' ? [answer] : [];
  return Array.isArray(answer) ? [...answer] : [];
}

function correctIds(question: ChoiceLike): string[] {
  if (question.type === 'truefalse') return [question.correct ? 'sant' : 'usant'];
  return question.type === 'single' ? [question.correct] : [...question.correct];
}

/** Single choice, multiple choice and true/false: native radios or checkboxes with labels. */
export default function ChoiceQuestion(props: QuestionProps<ChoiceLike>): React.ReactElement {
  const {question, answer, onChange, locked, reveal, seed, shuffle, name} = props;
  const base = question.type === 'truefalse' ? TRUE_FALSE : question.choices;
  const choices = shuffle && question.type !== 'truefalse' ? shuffled(base, seed) : base;
  const selected = toChoiceIds(question, answer);
  const multiple = question.type === 'multiple';
  const right = correctIds(question);

  const select = (id: string, checked: boolean) => {
    if (question.type === 'truefalse') onChange(id === 'sant');
    else if (question.type === 'single') onChange(id);
    else onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };

  return (
    <ul className={styles.choices}>
      {choices.map((choice) => {
        const isSelected = selected.includes(choice.id);
        return (
          <li key={choice.id}>
            <label className={styles.choice}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${name}-${question.id}`}
                value={choice.id}
                checked={isSelected}
                disabled={locked}
                onChange={(e) => select(choice.id, e.target.checked)}
              />
              <span>
                {choice.text}
                {reveal && right.includes(choice.id) && <strong className={styles.rightMark}> (riktig svar)</strong>}
              </span>
            </label>
            {locked && isSelected && choice.feedback && <p className={styles.choiceFeedback}>{choice.feedback}</p>}
          </li>
        );
      })}
    </ul>
  );
}
