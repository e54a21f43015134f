import React, {useId} from 'react';
import {TOOLS} from '@site/src/data/technology';
import {checklistKind, gaps} from '@site/src/lib/techChecklist';
import {useStoredState} from '@site/src/hooks/useStoredState';
import StoredNotice from '@site/src/components/StoredNotice';
import styles from './styles.module.css';

const CHECKLIST = checklistKind(TOOLS);

/** Tick the tools the cooperation has; the gaps and what each would give are listed. Kept in the browser. */
export default function TechChecklist(): React.ReactElement {
  const name = useId();
  const [stored, {update, reset, dismissNotice}] = useStoredState(CHECKLIST);
  const have = stored.value.have;
  const toggle = (id: string, checked: boolean) =>
    update((latest) => ({have: checked ? [...new Set([...latest.have, id])] : latest.have.filter((h) => h !== id)}));

  const missing = gaps(have, TOOLS);

  return (
    <div className={styles.checklist}>
      <StoredNotice notices={stored.notices} onDismiss={dismissNotice} onReset={stored.readOnly ? reset : undefined} />
      <fieldset className={styles.fieldset}>
        <legend>Hvilken teknologistøtte har samarbeidet i dag?</legend>
        {TOOLS.map((tool) => (
          <label key={tool.id} className={styles.option}>
            <input
              type="checkbox"
              name={name}
              checked={have.includes(tool.id)}
              onChange={(e) => toggle(tool.id, e.target.checked)}
            />
            <span>{tool.name}</span>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">
        <p className={styles.summary}>
          Dere har {have.length} av {TOOLS.length}.{' '}
          {missing.length === 0
            ? 'Samarbeidet har all teknologistøtten på listen.'
            : 'Dette mangler, og dette ville det gitt dere:'}
        </p>
        {missing.length > 0 && (
          <ul>
            {missing.map((tool) => (
              <li key={tool.id}>
                <strong>{tool.name}:</strong> {tool.gives}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
