import React, {useId, useState} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {DIMENSIONS, LEVEL_NAMES, type Level} from '@site/src/data/maturity';
import {compareAssessments, maturityCsv, maturityKind, scoreAssessment} from '@site/src/lib/maturity';
import {formatDate, formatDateTime, osloIsoDate} from '@site/src/lib/format';
import type {Bar} from '@site/src/lib/surveyView';
import {useStoredState} from '@site/src/hooks/useStoredState';
import StoredNotice from '@site/src/components/StoredNotice';
import {downloadFile} from '@site/src/browser/downloadFile';
import BarDrawing from '@site/src/components/BarDrawing';
import styles from './styles.module.css';

const MATURITY = maturityKind(DIMENSIONS);
const LEVELS: Level[] = [1, 2, 3, 4, 5];
const decimal = (n: number | null) =>
  n === null ? '–' : n.toLocaleString('nb-NO', {minimumFractionDigits: 1, maximumFractionDigits: 1});
const signed = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${decimal(Math.abs(n))}`);

/**
 * The maturity self-assessment: every statement scored 1–5 with the level
 * descriptions as labels; scores per dimension, a chart with its table,
 * prioritised recommendations, saving, comparison, print and export.
 */
export default function MaturityAssessment(): React.ReactElement {
  const id = useId();
  const [stored, {update, reset, dismissNotice}] = useStoredState(MATURITY);
  const store = stored.value;
  const [compareWith, setCompareWith] = useState('');
  const [message, setMessage] = useState('');

  const answers = store.draft;
  const result = scoreAssessment(DIMENSIONS, answers);
  const previous = store.saved.find((s) => s.savedAt === compareWith);
  const comparison = previous ? compareAssessments(DIMENSIONS, previous.answers, answers) : null;
  const bars: Bar[] = result.dimensions
    .filter((d) => d.score !== null)
    .map((d) => ({
      category: d.id,
      categoryLabel: d.name,
      group: 'alle',
      groupLabel: 'Alle',
      value: d.score!,
      text: decimal(d.score),
      description: d.name,
    }));

  const save = () => {
    const savedAt = new Date().toISOString();
    update((latest) => ({...latest, saved: [...latest.saved, {savedAt, answers: {...answers}}]}));
    setMessage(`Vurderingen er lagret ${formatDate(savedAt)}. Du kan sammenligne med den senere.`);
  };

  const exportJson = () => {
    downloadFile(
      JSON.stringify({version: 1, savedAt: new Date().toISOString(), answers}, null, 2),
      `modenhetsanalyse-${osloIsoDate(new Date())}.json`,
      'application/json',
    );
    setMessage('Vurderingen er lastet ned som JSON.');
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

  return (
    <div className={styles.assessment}>
      <StoredNotice notices={stored.notices} onDismiss={dismissNotice} onReset={stored.readOnly ? reset : undefined} />
      <form onSubmit={(e) => e.preventDefault()} className={styles.form}>
        {DIMENSIONS.map((dimension, dIndex) => (
          <section key={dimension.id} aria-labelledby={`${id}-${dimension.id}`} className={styles.dimension}>
            <Heading as="h3">
              <span id={`${id}-${dimension.id}`}>
                {dIndex + 1}. {dimension.name}
              </span>
            </Heading>
            <p className={styles.why}>{dimension.why}</p>
            {dimension.statements.map((statement) => (
              <fieldset key={statement.id} className={styles.statement}>
                <legend>{statement.text}</legend>
                {LEVELS.map((level) => (
                  <label key={level} className={styles.option}>
                    <input
                      type="radio"
                      name={`${id}-${statement.id}`}
                      value={level}
                      checked={answers[statement.id] === level}
                      onChange={() =>
                        update((latest) => ({...latest, draft: {...latest.draft, [statement.id]: level}}))
                      }
                    />
                    <span>
                      <strong>
                        {level} – {LEVEL_NAMES[level]}:
                      </strong>{' '}
                      {statement.levels[level - 1]}
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
          </section>
        ))}
      </form>

      <section aria-labelledby={`${id}-result`} className={styles.result}>
        <Heading as="h3">
          <span id={`${id}-result`}>Resultat</span>
        </Heading>
        <p aria-live="polite" className={styles.progress}>
          {result.complete
            ? `Samlet nivå: ${decimal(result.overall)} av 5 – ${LEVEL_NAMES[result.overallLevel!]}.`
            : `Du har svart på ${result.answered} av ${result.total} påstander. Resultatet vises når alle er besvart.`}
        </p>
        {result.complete && (
          <>
            <figure className={styles.figure} aria-labelledby={`${id}-chart`}>
              <figcaption id={`${id}-chart`}>Poeng per område (1–5)</figcaption>
              <BarDrawing bars={bars} max={5} showCategoryLabels chartId="modenhet" />
              <table>
                <caption>Tabell: poeng og nivå per område</caption>
                <thead>
                  <tr>
                    <th scope="col">Område</th>
                    <th scope="col">Poeng</th>
                    <th scope="col">Nivå</th>
                    {comparison && <th scope="col">Endring siden {formatDate(compareWith)}</th>}
                  </tr>
                </thead>
                <tbody>
                  {result.dimensions.map((d, i) => (
                    <tr key={d.id}>
                      <th scope="row">{d.name}</th>
                      <td>{decimal(d.score)}</td>
                      <td>{d.level ? LEVEL_NAMES[d.level] : '–'}</td>
                      {comparison && <td>{signed(comparison[i]!.change)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
            <Heading as="h4">Anbefalinger, det viktigste først</Heading>
            {result.recommendations.length === 0 ? (
              <p>Alle områdene er på nivå Avansert eller høyere. Hold nivået ved å gjenta analysen hvert år.</p>
            ) : (
              <ol className={styles.recommendations}>
                {result.recommendations.map((r) => (
                  <li key={r.dimensionId}>
                    <strong>
                      {r.name} ({decimal(r.score)}):
                    </strong>{' '}
                    {r.recommendation.text}{' '}
                    {r.recommendation.links.map((link, i) => (
                      <React.Fragment key={link.to}>
                        {i > 0 && ', '}
                        <Link to={link.to}>{link.title}</Link>
                      </React.Fragment>
                    ))}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
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
