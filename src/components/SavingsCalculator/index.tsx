import React, {useId, useState} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {
  EMPTY_LINE,
  MAX_LINES,
  computeLine,
  formatKroner,
  isBlankLine,
  lineName,
  savingsKind,
  totals,
  type LineField,
  type LineInput,
} from '@site/src/lib/savings';
import {osloIsoDate} from '@site/src/lib/format';
import {buildSavingsCsv} from '@site/src/lib/savingsCsv';
import {useStoredState} from '@site/src/hooks/useStoredState';
import StoredNotice from '@site/src/components/StoredNotice';
import TextField from '@site/src/components/TextField';
import {downloadFile} from '@site/src/browser/downloadFile';
import styles from './styles.module.css';

const FIELDS: {field: LineField; label: string; hint?: string; inputMode: 'text' | 'decimal'}[] = [
  {field: 'name', label: 'Vare eller tjeneste', inputMode: 'text'},
  {field: 'oldPrice', label: 'Gammel enhetspris (kr)', hint: 'For eksempel 1 234,50', inputMode: 'decimal'},
  {field: 'newPrice', label: 'Ny enhetspris (kr)', hint: 'Prisen i den nye avtalen', inputMode: 'decimal'},
  {field: 'volume', label: 'Forventet volum', hint: 'Antall enheter i perioden', inputMode: 'decimal'},
  {field: 'share', label: 'Andel kjøpt på avtalen (%)', hint: '0–100', inputMode: 'decimal'},
];

type Touched = Record<number, Partial<Record<LineField, boolean>>>;

/**
 * Savings per line and in total, with a Norwegian message at each bad field;
 * lines with errors are left out of the totals and the rest keeps working.
 */
export default function SavingsCalculator(): React.ReactElement {
  const id = useId();
  const [stored, {update: updateStored, reset, dismissNotice}] = useStoredState(savingsKind);
  const lines = stored.value.lines;
  const changeLines = (change: (latest: LineInput[]) => LineInput[]) =>
    updateStored((latest) => ({lines: change(latest.lines)}));
  const [touched, setTouched] = useState<Touched>({});
  const [exportMessage, setExportMessage] = useState('');

  const update = (index: number, field: LineField, value: string) =>
    changeLines((latest) => latest.map((l, i) => (i === index ? {...l, [field]: value} : l)));
  const touch = (index: number, field: LineField) => setTouched((t) => ({...t, [index]: {...t[index], [field]: true}}));
  const sum = totals(lines);

  const exportAs = async (kind: 'xlsx' | 'csv') => {
    if (sum.validLines === 0) {
      setExportMessage('Fyll ut minst én linje uten feil før du laster ned.');
      return;
    }
    const date = osloIsoDate(new Date());
    if (kind === 'csv') {
      downloadFile(buildSavingsCsv(lines), `gevinstrapport-${date}.csv`, 'text/csv;charset=utf-8');
    } else {
      setExportMessage('Lager regnearket …');
      const {buildSavingsWorkbook} = await import('@site/src/lib/savingsWorkbook');
      downloadFile(
        await buildSavingsWorkbook(lines, new Date()),
        `gevinstrapport-${date}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    }
    const skipped =
      sum.invalidLines.length > 0 ? ` ${sum.invalidLines.length} linje(r) med feil er ikke tatt med.` : '';
    setExportMessage(`Gevinstrapporten er lastet ned som ${kind === 'csv' ? 'CSV' : 'Excel'}.${skipped}`);
  };

  return (
    <div className={styles.calculator}>
      <StoredNotice notices={stored.notices} onDismiss={dismissNotice} onReset={stored.readOnly ? reset : undefined} />
      {lines.map((line, index) => {
        const result = computeLine(line);
        // A line the reader has not started shows no errors: nothing has gone wrong yet.
        const errors = result.ok || isBlankLine(line) ? {} : result.errors;
        const name = lineName(index, line.name);
        return (
          <fieldset key={index} className={styles.line}>
            <legend>
              Linje {index + 1}
              {line.name.trim() ? `: ${line.name.trim()}` : ''}
            </legend>
            <div className={styles.fields}>
              {FIELDS.map(({field, label, hint, inputMode}) => {
                const error = errors[field];
                const showError = Boolean(error) && (line[field].trim() !== '' || touched[index]?.[field]);
                return (
                  <TextField
                    key={field}
                    id={`${id}-${index}-${field}`}
                    label={label}
                    hint={hint}
                    value={line[field]}
                    error={showError ? `${name}, ${label}: ${error}` : undefined}
                    inputMode={inputMode}
                    className={field === 'name' ? styles.nameField : undefined}
                    onChange={(value) => update(index, field, value)}
                    onBlur={() => touch(index, field)}
                  />
                );
              })}
            </div>
            <dl className={styles.results} aria-label={`Resultat for linje ${index + 1}`}>
              <div>
                <dt>Potensiell besparelse</dt>
                <dd>{result.ok ? formatKroner(result.potential) : 'Fyll ut feltene'}</dd>
              </div>
              <div>
                <dt>Realisert besparelse</dt>
                <dd>{result.ok ? formatKroner(result.realised) : '–'}</dd>
              </div>
              <div>
                <dt>Tap ved kjøp utenfor avtalen</dt>
                <dd>{result.ok ? formatKroner(result.lost) : '–'}</dd>
              </div>
            </dl>
            {lines.length > 1 && (
              <button
                type="button"
                className="button button--sm button--secondary"
                onClick={() => changeLines((latest) => latest.filter((_, i) => i !== index))}
              >
                Fjern linje {index + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      {lines.length < MAX_LINES ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => changeLines((latest) => [...latest, {...EMPTY_LINE}].slice(0, MAX_LINES))}
        >
          Legg til linje
        </button>
      ) : (
        <p>Kalkulatoren har plass til {MAX_LINES} linjer. Bruk regnearket for flere.</p>
      )}
      <section className={styles.totals} aria-labelledby={`${id}-totals`}>
        <Heading as="h3">
          <span id={`${id}-totals`}>Sum</span>
        </Heading>
        <dl aria-live="polite">
          <div>
            <dt>Potensiell besparelse</dt>
            <dd>{formatKroner(sum.potential)}</dd>
          </div>
          <div>
            <dt>Realisert besparelse</dt>
            <dd>{formatKroner(sum.realised)}</dd>
          </div>
          <div>
            <dt>Tap ved kjøp utenfor avtalen</dt>
            <dd>{formatKroner(sum.lost)}</dd>
          </div>
        </dl>
        {sum.invalidLines.length > 0 && (
          <>
            <p>Disse linjene har feil eller mangler og er ikke tatt med i summen:</p>
            <ul>
              {sum.invalidLines.map((index) => {
                const line = lines[index]!;
                const result = computeLine(line);
                const bad = result.ok ? [] : FIELDS.filter(({field}) => result.errors[field]);
                return (
                  <li key={index}>
                    <Link to={`#${id}-${index}-${bad[0]?.field ?? 'name'}`}>{lineName(index, line.name)}</Link>:{' '}
                    {bad.map(({label}) => label).join(', ')}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={() => exportAs('xlsx')}>
          Last ned Excel (.xlsx)
        </button>
        <button type="button" className="button button--secondary" onClick={() => exportAs('csv')}>
          Last ned CSV
        </button>
      </div>
      <p role="status">{exportMessage}</p>
    </div>
  );
}
