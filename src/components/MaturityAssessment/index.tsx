import React, {useId, useRef, useState} from 'react';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {DIMENSIONS, type Level} from '@site/src/data/maturity';
import {
  areaFromParam,
  compareAssessments,
  MATURITY_IMPORT_MAX,
  maturityCsv,
  maturityExport,
  maturityKind,
  parseMaturityImport,
  scoreAssessment,
  tooLargeImport,
} from '@site/src/lib/maturity';
import {formatDate, formatDateTime, osloIsoDate} from '@site/src/lib/format';
import {useStoredState} from '@site/src/hooks/useStoredState';
import {useQueryParam} from '@site/src/hooks/useQueryParam';
import StoredNotice from '@site/src/components/StoredNotice';
import {downloadFile} from '@site/src/browser/downloadFile';
import AreaForm from './AreaForm';
import MaturityResult from './MaturityResult';
import styles from './styles.module.css';

const MATURITY = maturityKind(DIMENSIONS);

/**
 * The maturity self-assessment, one area at a time (the area is in the address, so a reload or a shared link
 * opens it again): every statement scored 1–5 with the level descriptions as labels; each area's score as soon
 * as it is answered, the overall level and recommendations when all are; saving, comparison, print, export and
 * import.
 */
export default function MaturityAssessment(): React.ReactElement {
  const id = useId();
  const [stored, {update, reset, dismissNotice}] = useStoredState(MATURITY);
  const store = stored.value;
  const [areaParam, setAreaParam] = useQueryParam('omrade');
  const areaIndex = areaFromParam(areaParam, DIMENSIONS.length);
  const [compareWith, setCompareWith] = useState('');
  const [message, setMessage] = useState('');
  const [importError, setImportError] = useState('');
  const areaHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const answers = store.draft;
  const result = scoreAssessment(DIMENSIONS, answers);
  const previous = store.saved.find((s) => s.savedAt === compareWith);
  const comparison = previous ? compareAssessments(DIMENSIONS, previous.answers, answers) : null;
  const dimension = DIMENSIONS[areaIndex]!;
  const nextArea = DIMENSIONS[areaIndex + 1];
  const answeredAreas = result.dimensions.filter((d) => d.score !== null).length;

  const goToArea = (index: number) => {
    setAreaParam(String(index + 1));
    // The new area replaces the old in place: move the reader to its heading, as a new page would.
    requestAnimationFrame(() => areaHeading.current?.focus());
  };

  const answer = (statementId: string, level: Level) =>
    update((latest) => ({...latest, draft: {...latest.draft, [statementId]: level}}));

  const save = () => {
    const savedAt = new Date().toISOString();
    update((latest) => ({...latest, saved: [...latest.saved, {savedAt, answers: {...answers}}]}));
    setMessage(`Vurderingen er lagret ${formatDate(savedAt)}. Du kan sammenligne med den senere.`);
  };

  const exportJson = () => {
    const now = new Date().toISOString();
    downloadFile(maturityExport(answers, now), `modenhetsanalyse-${osloIsoDate(now)}.json`, 'application/json');
    setMessage('Vurderingen er lastet ned som JSON. Du kan hente den inn igjen her senere.');
  };

  const exportCsv = () => {
    const now = new Date().toISOString();
    downloadFile(
      maturityCsv(DIMENSIONS, answers, now),
      `modenhetsanalyse-${osloIsoDate(now)}.csv`,
      'text/csv;charset=utf-8',
    );
    setMessage('Vurderingen er lastet ned som CSV.');
  };

  const importJson = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed =
      file.size > MATURITY_IMPORT_MAX ? tooLargeImport() : parseMaturityImport(await file.text(), DIMENSIONS);
    if (!parsed.ok) {
      setImportError(parsed.message);
      return;
    }
    setImportError('');
    const hadAnswers = Object.keys(answers).length > 0;
    // The answers on screen are kept as a saved assessment before the file's take their place: nothing is lost.
    update((latest) => ({
      draft: parsed.assessment.answers,
      saved:
        Object.keys(latest.draft).length > 0
          ? [...latest.saved, {savedAt: new Date().toISOString(), answers: latest.draft}]
          : latest.saved,
    }));
    setMessage(
      `Vurderingen fra ${formatDateTime(parsed.assessment.savedAt)} er hentet inn.` +
        (hadAnswers ? ' Svarene du hadde fra før er lagret, så du kan sammenligne med dem.' : ''),
    );
  };

  return (
    <div className={styles.assessment}>
      <StoredNotice notices={stored.notices} onDismiss={dismissNotice} onReset={stored.readOnly ? reset : undefined} />
      <nav aria-label="Områdene i analysen" className={styles.areaNav}>
        <p className={styles.areaProgress}>
          {answeredAreas} av {DIMENSIONS.length} områder besvart
        </p>
        <progress max={DIMENSIONS.length} value={answeredAreas} aria-hidden="true" className={styles.progressBar} />
        <details className={styles.areaList}>
          <summary>Alle områdene</summary>
          <ol>
            {result.dimensions.map((d, index) => (
              <li key={d.id}>
                <button
                  type="button"
                  className={clsx(styles.areaLink, index === areaIndex && styles.currentArea)}
                  aria-current={index === areaIndex ? 'step' : undefined}
                  onClick={() => goToArea(index)}
                >
                  {d.name}
                </button>{' '}
                <span className={styles.areaStatus}>
                  {d.score === null ? `${d.answered} av ${d.total}` : 'besvart'}
                </span>
              </li>
            ))}
          </ol>
        </details>
      </nav>
      <form onSubmit={(e) => e.preventDefault()} className={styles.form}>
        <AreaForm
          dimension={dimension}
          position={{index: areaIndex, count: DIMENSIONS.length}}
          score={result.dimensions[areaIndex]!}
          answers={answers}
          onAnswer={answer}
          headingRef={areaHeading}
          name={id}
        />
        <div className={styles.stepper}>
          {areaIndex > 0 && (
            <button type="button" className="button button--secondary" onClick={() => goToArea(areaIndex - 1)}>
              ← Forrige område
            </button>
          )}
          {nextArea ? (
            <button type="button" className="button button--primary" onClick={() => goToArea(areaIndex + 1)}>
              Neste område: {nextArea.name} →
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => resultHeading.current?.focus()}>
              Se resultatet
            </button>
          )}
        </div>
      </form>

      <section aria-labelledby={`${id}-result`} className={styles.result}>
        <Heading as="h3" ref={resultHeading} tabIndex={-1} className={styles.areaHeading}>
          <span id={`${id}-result`}>Resultat</span>
        </Heading>
        <MaturityResult result={result} comparison={comparison} comparedWith={compareWith} name={id} />
        <div className={styles.actions}>
          <button type="button" className="button button--primary" onClick={save} disabled={!result.complete}>
            Lagre vurderingen
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Skriv ut
          </button>
          <button type="button" className="button button--secondary" onClick={exportJson}>
            Last ned JSON
          </button>
          <button type="button" className="button button--secondary" onClick={exportCsv}>
            Last ned CSV
          </button>
        </div>
        <div className={styles.importField}>
          <label htmlFor={`${id}-import`}>Hent inn en vurdering du har lastet ned (JSON)</label>
          <input
            id={`${id}-import`}
            type="file"
            accept="application/json,.json"
            aria-invalid={importError ? true : undefined}
            aria-describedby={importError ? `${id}-import-error` : undefined}
            onChange={(e) => void importJson(e.currentTarget)}
          />
          {importError && (
            <p id={`${id}-import-error`} className={styles.error} role="alert">
              {importError}
            </p>
          )}
        </div>
        {store.saved.length > 0 && (
          <div className={styles.compare}>
            <label htmlFor={`${id}-compare`}>Sammenlign med en tidligere lagret vurdering</label>
            <select id={`${id}-compare`} value={compareWith} onChange={(e) => setCompareWith(e.target.value)}>
              <option value="">Ingen sammenligning</option>
              {store.saved.map((s) => (
                <option key={s.savedAt} value={s.savedAt}>
                  {formatDateTime(s.savedAt)}
                </option>
              ))}
            </select>
          </div>
        )}
        <p role="status">{message}</p>
      </section>
    </div>
  );
}
