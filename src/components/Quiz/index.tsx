import React from 'react';
import type {Quiz as QuizData} from '@site/src/lib/quiz';
import {nextAfterLesson} from '@site/src/data/courses';
import {progressActions, useLessonProgress} from '@site/src/hooks/useProgress';
import ProgressNotice from '@site/src/components/ProgressNotice';
import QuizForm from './QuizForm';

/** A lesson quiz on the portal: every attempt is recorded in the learner's browser. */
export default function Quiz({quiz}: {quiz: QuizData}): React.ReactElement {
  const best = useLessonProgress(quiz.courseId, quiz.lessonId);
  return (
    <QuizForm
      quiz={quiz}
      best={best}
      notice={<ProgressNotice />}
      next={nextAfterLesson(quiz.courseId, quiz.lessonId)}
      onCheck={(result) =>
        progressActions.recordAttempt(quiz.courseId, quiz.lessonId, {score: result.score, passed: result.passed})
      }
    />
  );
}
