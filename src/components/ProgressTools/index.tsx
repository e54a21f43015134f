import React, {useId, useRef, useState} from 'react';
import {progressActions, useProgress} from '@site/src/hooks/useProgress';
import {serializeProgress} from '@site/src/lib/progressStore';
import {osloIsoDate} from '@site/src/lib/format';
import {downloadFile} from '@site/src/browser/downloadFile';
import styles from './styles.module.css';

/** Export progress to a file, import it on another device, or start over. */
export default function ProgressTools(): React.ReactElement {
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const {progress} = useProgress();
  const [message, setMessage] = useState<{ok: boolean; text: string} | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const exportFile = () => {
    downloadFile(
      serializeProgress(progress),
      `innkjopsportalen-framdrift-${osloIsoDate(new Date())}.json`,
      'application/json',
    );
    setMessage({ok: true, text: 'Framdriften er lagret som en fil i nedlastingsmappen din.'});
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ok: false, text: 'Filen kunne ikke leses. Framdriften din er ikke endret.'});
      return;
    }
    const result = progressActions.importFile(text);
    setMessage({ok: result.ok, text: result.message});
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className={styles.tools}>
      <div className={styles.row}>
        <button type="button" className="button button--secondary" onClick={exportFile}>
          Eksporter framdriften til fil
        </button>
      </div>
      <div className={styles.row}>
        <label htmlFor={inputId}>Importer framdrift fra fil (erstatter framdriften i denne nettleseren)</label>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          onChange={(e) => importFile(e.target.files?.[0])}
        />
      </div>
      <div className={styles.row}>
        {confirmReset ? (
          <div role="group" aria-label="Bekreft nullstilling">
            <p>Vil du slette all framdrift i alle kurs i denne nettleseren? Det kan ikke angres.</p>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                progressActions.reset();
                setConfirmReset(false);
                setMessage({ok: true, text: 'Framdriften er nullstilt.'});
              }}
            >
              Ja, slett framdriften
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={() => setConfirmReset(false)}>
              Avbryt
            </button>
          </div>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirmReset(true)}>
            Nullstill framdriften
          </button>
        )}
      </div>
      <p role="status" className={message && !message.ok ? styles.error : undefined}>
        {message?.text}
      </p>
    </div>
  );
}
