import type {Answer, QuizQuestion} from '@site/src/lib/quiz';

/** What every question renderer gets from <Quiz>. */
export type QuestionProps<Q extends QuizQuestion> = {
  question: Q;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
  /** Answers can no longer be changed (the attempt is submitted). */
  locked: boolean;
  /** Show the correct answer («vis fasit»). */
  reveal: boolean;
  /** Seed for this attempt's shuffle. */
  seed: number;
  shuffle: boolean;
  /** Unique prefix for ids and radio group names. */
  name: string;
};
