import React, {useCallback, useEffect, useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {
  scoreQuiz,
  type Answer,
  type Answers,
  type Quiz as QuizData,
  type QuizQuestion,
  type QuizResult,
  type BestResult,
  type QuizAttempt,
  bestResultSentence,
  questionSeed,
  withStartingOrders,
} from '@site/src/lib/quiz';
import {formatPercent} from '@site/src/lib/format';
import ChoiceQuestion from './ChoiceQuestion';
import OrderingQuestion from './OrderingQuestion';
import MatchingQuestion from './MatchingQuestion';
import type {QuestionProps} from './types';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';
import styles from './styles.module.css';

const TYPE_HINT: Record<QuizQuestion['type'], string> = {
  single: 'Velg ett svar.',
  multiple: 'Velg alle svar som passer.',
  truefalse: 'Er påstanden sann eller usann?',
  ordering: 'Bruk knappene for å flytte punktene til riktig rekkefølge.',
  matching: 'Velg det som hører sammen med hvert punkt.',
};

function QuestionBody(props: QuestionProps<QuizQuestion>): React.ReactElement {
  const {question} = props;
  switch (question.type) {
    case 'ordering':
      return <OrderingQuestion {...props} question={question} />;
    case 'matching':
      return <MatchingQuestion {...props} question={question} />;
    default:
      return <ChoiceQuestion {...props} question={question} />;
  }
}

export type QuizFormProps = {
  quiz: QuizData;
  /** The learner's best result so far, wherever the host keeps it. */
  best?: BestResult;
  /** What the host says about where attempts are kept, above the result. */
  notice?: React.ReactNode;
  /** Offered after a pass; a learning platform moves between lessons itself, so it gives none. */
  next?: {route: string; label: string};
  /** An attempt to go on with, such as one a learning platform kept. */
  initial?: QuizAttempt;
  onCheck: (result: QuizResult, attempt: QuizAttempt) => void;
  /** Told of every change to the answers or the attempt, for a host that saves them to resume. */
  onProgress?: (attempt: QuizAttempt) => void;
};

/**
 * A lesson quiz, whoever keeps the results: the portal's <Quiz> and the
 * learning-platform packages (src/scorm) both render this. Questions render on
 * the server as fieldsets, so they can be read without JavaScript; answering
 * and feedback need it.
 */
export default function QuizForm({
  quiz,
  best,
  notice,
  next,
  initial,
  onCheck,
  onProgress,
}: QuizFormProps): React.ReactElement {
  const name = useId();
  const [answers, setAnswers] = useState<Answers>(initial?.answers ?? {});
  const [attempt, setAttempt] = useState(initial?.attempt ?? 0);
  const [result, setResult] = useState<QuizResult | null>(() =>
    initial?.checked ? scoreQuiz(quiz, initial.answers) : null,
  );
  const [reveal, setReveal] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Only for a host that saves progress; the portal's <Quiz> passes none, so nothing runs on its pages.
  const checked = result !== null;
  useEffect(() => {
    onProgress?.({answers, attempt, checked});
  }, [onProgress, answers, attempt, checked]);

  const setAnswer = useCallback(
    (questionId: string, answer: Answer) => setAnswers((prev) => ({...prev, [questionId]: answer})),
    [],
  );

  // Set by «Prøv igjen»: the new attempt's fieldsets are rendered by then, so focus can move to the first.
  const focusFirstQuestion = useRef(false);
  useEffect(() => {
    if (!focusFirstQuestion.current) return;
    focusFirstQuestion.current = false;
    const first = formRef.current?.querySelector('fieldset');
    (first?.querySelector<HTMLElement>('input, select, button') ?? first)?.focus();
  }, [attempt]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checkedAnswers = withStartingOrders(quiz, answers, attempt);
    const scored = scoreQuiz(quiz, checkedAnswers);
    setAnswers(checkedAnswers);
    setResult(scored);
    onCheck(scored, {answers: checkedAnswers, attempt, checked: true});
    summaryRef.current?.focus();
  };

  const retry = () => {
    setAnswers({});
    setResult(null);
    setReveal(false);
    focusFirstQuestion.current = true;
    setAttempt((n) => n + 1);
  };

  // Ids from the lesson, not useId(), so the links to wrong answers are plain, readable fragments.
  const questionAnchor = (questionId: string) => `quiz-${quiz.lessonId}-${questionId}`;
  const missed = result
    ? quiz.questions.flatMap((question, index) => {
        const scored = result.questions.find((q) => q.questionId === question.id);
        return scored && !scored.correct ? [{question, index, answered: scored.answered}] : [];
      })
    : [];
  return (
    <section className={styles.quiz} aria-labelledby={`${name}-title`} data-quiz={quiz.lessonId}>
      <Heading as="h3" className={styles.title}>
        <span id={`${name}-title`}>{quiz.title}</span>
      </Heading>
      <p className={clsx(styles.intro, SEARCH_IGNORE_CLASS)}>
        {quiz.questions.length} spørsmål. Du må ha minst {formatPercent(quiz.passMark)} riktig for å bestå, og du kan
        prøve så mange ganger du vil.
        {best && ` ${bestResultSentence(best)}`}
      </p>
      {notice}
      <div ref={summaryRef} tabIndex={-1} className={clsx(styles.summary, SEARCH_IGNORE_CLASS)} aria-live="polite">
        {result && (
          <>
            <p className={styles.score}>
              Du fikk {result.correct} av {result.total} riktige ({formatPercent(result.score)}).{' '}
              {result.passed ? 'Du har bestått leksjonen.' : `Du trenger ${formatPercent(quiz.passMark)} for å bestå.`}
            </p>
            {missed.length > 0 && (
              <>
                <p className={styles.missedIntro}>Se på disse spørsmålene igjen:</p>
                <ul className={styles.missed}>
                  {missed.map(({question, index, answered}) => (
                    <li key={question.id}>
                      <Link to={`#${questionAnchor(question.id)}`}>
                        Spørsmål {index + 1}
                        {answered ? '' : ' (ikke besvart)'}: {question.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className={styles.actions}>
              {result.passed && next && (
                <Link className="button button--primary button--lg" to={next.route}>
                  {next.label}
                </Link>
              )}
              <button
                type="button"
                className={clsx('button', result.passed ? 'button--secondary' : 'button--primary')}
                onClick={retry}
              >
                Prøv igjen
              </button>
              {!result.passed && !reveal && (
                <button type="button" className="button button--secondary" onClick={() => setReveal(true)}>
                  Vis fasit
                </button>
              )}
            </div>
          </>
        )}
      </div>
      <form ref={formRef} onSubmit={submit}>
        {quiz.questions.map((question, index) => {
          const questionResult = result?.questions.find((q) => q.questionId === question.id);
          return (
            <fieldset
              key={`${attempt}-${question.id}`}
              id={questionAnchor(question.id)}
              tabIndex={-1}
              className={styles.question}
            >
              <legend>
                <span className={clsx(styles.number, SEARCH_IGNORE_CLASS)}>Spørsmål {index + 1}:</span> {question.text}
              </legend>
              <p className={clsx(styles.hint, SEARCH_IGNORE_CLASS)}>{TYPE_HINT[question.type]}</p>
              <QuestionBody
                question={question}
                answer={answers[question.id]}
                onChange={(answer) => setAnswer(question.id, answer)}
                locked={result !== null}
                reveal={reveal}
                seed={questionSeed(attempt, index)}
                shuffle={quiz.shuffle ?? false}
                name={name}
              />
              {questionResult && (
                <div className={clsx(styles.feedback, questionResult.correct ? styles.right : styles.wrong)}>
                  <p className={styles.verdict}>
                    {questionResult.correct
                      ? '✓ Riktig.'
                      : questionResult.answered
                        ? '✗ Ikke riktig.'
                        : '✗ Ikke besvart.'}
                  </p>
                  <p>{question.explanation}</p>
                </div>
              )}
            </fieldset>
          );
        })}
        {result === null && (
          <button type="submit" className={clsx('button button--primary', SEARCH_IGNORE_CLASS)}>
            Sjekk svarene
          </button>
        )}
      </form>
      <noscript>
        <p>Quizen krever JavaScript for å sjekke svarene. Spørsmålene kan likevel brukes til egen repetisjon.</p>
      </noscript>
    </section>
  );
}
