/**
 * The script of every lesson in a SCORM package (bundled per course by
 * src/plugins/scorm-packages): finds the platform, renders the quiz in place
 * of its server markup, keeps the learner's place, and closes the session
 * when the page goes away.
 */
import React from 'react';
import {createRoot} from 'react-dom/client';
import type {Quiz} from '@site/src/lib/quiz';
import {findScormApi} from '@site/src/lib/scorm/api';
import {LessonSession, type LessonStart} from '@site/src/lib/scorm/lessonSession';
import {QUIZ_MOUNT_ATTRIBUTE, STATUS_ATTRIBUTE} from '@site/src/lib/scorm/packageLayout';
import ScormQuiz from './ScormQuiz';
import './lesson.css';

function statusText(start: LessonStart, resumed: boolean): string {
  if (!start.connected) {
    return 'Leksjonen er åpnet uten læringsplattform, så ingenting blir registrert. Du kan likevel lese den og ta quizen.';
  }
  const recorded = 'Resultatet ditt i quizen blir registrert i læringsplattformen.';
  return resumed ? `${recorded} Du fortsetter der du slapp.` : recorded;
}

/** Reports the heading the learner last scrolled to, so a new launch opens there. */
function followLocation(session: LessonSession): void {
  const headings = [...document.querySelectorAll<HTMLElement>('.markdown h2[id]')];
  if (headings.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      const reached = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target.id);
      if (reached.length > 0) session.saveLocation(reached[reached.length - 1]!);
    },
    {rootMargin: '0px 0px -70% 0px'},
  );
  headings.forEach((heading) => observer.observe(heading));
}

function resumeAt(location: string | null): boolean {
  const target = location ? document.getElementById(location) : null;
  if (!target) return false;
  target.scrollIntoView();
  return true;
}

export function startLesson(quizzes: readonly Quiz[]): void {
  const mount = document.querySelector<HTMLElement>(`[${QUIZ_MOUNT_ATTRIBUTE}]`);
  const quiz = quizzes.find((q) => q.lessonId === mount?.getAttribute(QUIZ_MOUNT_ATTRIBUTE));
  const status = document.querySelector<HTMLElement>(`[${STATUS_ATTRIBUTE}]`);
  if (!mount || !quiz) {
    if (status) status.textContent = 'Quizen i denne leksjonen mangler i pakken. Gi beskjed til den som la inn kurset.';
    return;
  }
  const [session, start] = LessonSession.open(findScormApi(window), quiz);
  const resumed = resumeAt(start.location);
  if (status) status.textContent = statusText(start, resumed);
  createRoot(mount).render(<ScormQuiz quiz={quiz} session={session} start={start} />);
  followLocation(session);
  // pagehide fires when the platform unloads the lesson's frame as well as when the tab closes.
  window.addEventListener('pagehide', () => session.finish());
}
