import React, {useId, useState} from 'react';
import Link from '@docusaurus/Link';
import {COURSES} from '@site/src/data/courses';
import {ROLES} from '@site/src/data/roles';
import {useProgress} from '@site/src/hooks/useProgress';

/** A learner picks a role and sees the lessons that build its competence, with progress on each. */
export default function LearningPaths(): React.ReactElement {
  const selectId = useId();
  const [roleId, setRoleId] = useState<string>(ROLES[0]!.id);
  const {progress} = useProgress();
  const role = ROLES.find((r) => r.id === roleId) ?? ROLES[0]!;
  const steps = role.path.map(({courseId, lessonId}) => {
    const course = COURSES.find((c) => c.id === courseId)!;
    const lesson = course.lessons.find((l) => l.id === lessonId)!;
    return {course, lesson, entry: progress.courses[courseId]?.lessons[lessonId]};
  });
  const passed = steps.filter((s) => s.entry?.passed).length;

  return (
    <div>
      <label htmlFor={selectId}>
        <strong>Min rolle</strong>
      </label>
      <br />
      <select
        id={selectId}
        value={roleId}
        onChange={(e) => setRoleId(e.target.value)}
        style={{font: 'inherit', minHeight: '2.75rem'}}
      >
        {ROLES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <p>{role.summary}</p>
      <p aria-live="polite">
        Læringsstien for {role.name.toLowerCase()} har {steps.length} leksjoner. Du har bestått {passed} av dem.
      </p>
      <ol>
        {steps.map(({course, lesson, entry}) => (
          <li key={`${course.id}/${lesson.id}`}>
            <Link to={lesson.route}>{lesson.title}</Link> <span>({course.title})</span>{' '}
            <strong>{entry?.passed ? '✓ Bestått' : entry ? 'Påbegynt' : 'Ikke startet'}</strong>
          </li>
        ))}
      </ol>
    </div>
  );
}
