import React, {useId, useRef, useState} from 'react';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {getCategory} from '@site/src/data/categories';
import {QUESTIONS, RECOMMENDATION_TEXT, type QuestionId} from '@site/src/data/suitability';
import {assessSuitability, questionText, type Answers, type SuitabilityResult} from '@site/src/lib/suitability';
import styles from './styles.module.css';

const DIRECTION_TEXT = {for: 'Taler for samarbeid', mot: 'Taler mot', nøytral: 'Nøytralt'} as const;

/**
 * «Passer dette for samarbeid?»: five questions as native radio groups; the
 * recommendation and its reasons appear in a live region after «Vis anbefaling».
 */
export default function SuitabilityCheck({category}: {category: string}): React.ReactElement {
  const {name, weights} = getCategory(category);
  const formId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<SuitabilityResult | null>(null);

  const missing = result && !result.complete ? new Set<QuestionId>(result.missing) : new Set<QuestionId>();

  return (
    <section className={styles.check} aria-labelledby={`${formId}-title`}>
      <Heading as="h3" className={styles.title}>
        <span id={`${formId}-title`}>Passer dette for samarbeid? Sjekk en anskaffelse innen {name.toLowerCase()}</span>
      </Heading>
      <p>Svar på fem spørsmål om anskaffelsen dere har i tankene. Svarene blir ikke lagret eller sendt noe sted.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const next = assessSuitability(answers, weights);
          setResult(next);
          resultRef.current?.focus();
        }}
        onReset={() => {
          setAnswers({});
          setResult(null);
        }}
      >
        {QUESTIONS.map((question) => {
          const errorId = `${formId}-${question.id}-error`;
          const isMissing = missing.has(question.id);
          return (
            <fieldset
              key={question.id}
              className={clsx(styles.question, isMissing && styles.missing)}
              aria-describedby={isMissing ? errorId : undefined}
            >
              <legend>{question.text}</legend>
              <p className={styles.hint}>{question.hint}</p>
              {isMissing && (
                <p id={errorId} className={styles.error}>
                  Velg et svar på dette spørsmålet.
                </p>
              )}
              {question.options.map((option) => (
                <label key={option.value} className={styles.option}>
                  <input
                    type="radio"
                    name={`${formId}-${question.id}`}
                    value={option.value}
                    checked={answers[question.id] === option.value}
                    onChange={() => setAnswers((prev) => ({...prev, [question.id]: option.value}))}
                  />{' '}
                  {option.label}
                </label>
              ))}
            </fieldset>
          );
        })}
        <div className={styles.actions}>
          <button type="submit" className="button button--primary">
            Vis anbefaling
          </button>
          <button type="reset" className="button button--secondary">
            Begynn på nytt
          </button>
        </div>
      </form>
      <noscript>
        <p>
          Anbefalingen regnes ut i nettleseren og krever JavaScript. Spørsmålene over kan likevel brukes som sjekkliste.
        </p>
      </noscript>
      <div ref={resultRef} tabIndex={-1} className={styles.result} aria-live="polite">
        {result && !result.complete && (
          <p className={styles.error}>
            Svar på alle spørsmålene for å få en anbefaling. Mangler svar på:{' '}
            {result.missing.map(questionText).join(' ')}
          </p>
        )}
        {result?.complete && (
          <>
            <p className={styles.recommendation}>
              Anbefaling: <strong>{RECOMMENDATION_TEXT[result.recommendation].title}</strong>
            </p>
            <p>{RECOMMENDATION_TEXT[result.recommendation].advice}</p>
            <p>Dette la vi vekt på, det viktigste først:</p>
            <ul className={styles.reasons}>
              {result.reasons.map((reason) => (
                <li key={reason.question}>
                  <strong>{DIRECTION_TEXT[reason.direction]}:</strong> {reason.text}
                </li>
              ))}
            </ul>
            <p className={styles.note}>
              Anbefalingen er en støtte til vurderingen, ikke en fasit. Den bygger på rapportens råd om at likhet i
              kravene og hvor markedet finnes, avgjør om samarbeid passer.
            </p>
          </>
        )}
      </div>
    </section>
  );
}
