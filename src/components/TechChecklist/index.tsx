import React, {useEffect, useId, useState} from 'react';
import {TOOLS} from '@site/src/data/technology';
import {TECH_STORAGE_KEY, gaps, readChecklist, serializeChecklist} from '@site/src/lib/techChecklist';
import styles from './styles.module.css';

/** Tick the tools the cooperation has; the gaps and what each would give are listed. Kept in the browser. */
export default function TechChecklist(): React.ReactElement {
  const name = useId();
  const [have, setHave] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => {
    try {
      const read = readChecklist(window.localStorage.getItem(TECH_STORAGE_KEY), TOOLS);
      setHave(read.have);
      setNotice(read.notice);
    } catch {
      setNotice('Nettleseren tillater ikke lagring, så svarene blir ikke husket når du lukker siden.');
    }
  }, []);

  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...have, id] : have.filter((h) => h !== id);
    setHave(next);
    try {
      window.localStorage.setItem(TECH_STORAGE_KEY, serializeChecklist(next));
    } catch {
      setNotice('Nettleseren tillater ikke lagring, så svarene blir ikke husket når du lukker siden.');
    }
  };

  const missing = gaps(have, TOOLS);

  return (
    <div className={styles.checklist}>
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
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
