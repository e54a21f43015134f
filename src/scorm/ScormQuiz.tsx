import React, {useCallback, useState} from 'react';
import QuizForm from '@site/src/components/Quiz/QuizForm';
import type {Quiz} from '@site/src/lib/quiz';
import type {LessonSession, LessonStart} from '@site/src/lib/scorm/lessonSession';

/** A lesson's quiz in a SCORM package: the portal's quiz, reporting to the learning platform instead of the browser. */
export default function ScormQuiz({
  quiz,
  session,
  start,
}: {
  quiz: Quiz;
  session: LessonSession;
  start: LessonStart;
}): React.ReactElement {
  const [best, setBest] = useState(session.bestResult ?? undefined);
  const saveProgress = useCallback(
    (attempt: Parameters<LessonSession['saveProgress']>[0]) => {
      session.saveProgress(attempt);
    },
    [session],
  );
  return (
    <QuizForm
      quiz={quiz}
      best={best}
      initial={start.saved ?? undefined}
      notice={start.problem ? <p className="alert alert--warning">{start.problem}</p> : undefined}
      onCheck={(result, attempt) => setBest(session.recordCheck(result, attempt))}
      onProgress={start.connected ? saveProgress : undefined}
    />
  );
}
