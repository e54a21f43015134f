import React, {useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {RULE_REFERENCES, type RuleId} from '@site/src/data/procurementRules';
import {
  BUYER_LABELS,
  EMPTY_INPUT,
  EMPTY_MEMBER,
  KIND_LABELS,
  MAX_MEMBERS,
  applicableRules,
  describeEstimate,
  inputFromSearch,
  inputToSearch,
  type Buyer,
  type Kind,
  type MemberInput,
  type RulesInput,
} from '@site/src/lib/applicableRules';
import {formatDate} from '@site/src/lib/format';
import {formatThresholdAmount} from '@site/src/lib/thresholdView';
import {useReferenceDate} from '@site/src/hooks/useReferenceDate';
import TextField from '@site/src/components/TextField';
import styles from './styles.module.css';

type Props = {
  /** The day to judge the thresholds by, ÅÅÅÅ-MM-DD; see useReferenceDate for the default. */
  date?: string;
};

function RuleSource({rule}: {rule: RuleId}): React.ReactElement {
  const {legalSource, source, checked} = RULE_REFERENCES[rule];
  return (
    <span className={styles.source}>
      Kilde: {legalSource && `${legalSource}, `}
      <Link to={source.url}>{source.title}</Link> (sjekket {formatDate(checked)}).
    </span>
  );
}

/**
 * «Hvilke regler gjelder for anskaffelsen?»: the form and the result of
 * src/lib/applicableRules. The server renders the empty form; the answers in the
 * address apply from the first render after hydration, and every change is
 * written back to the address, so a result can be shared.
 */
export default function ApplicableRules({date}: Props): React.ReactElement {
  const id = useId();
  const isBrowser = useIsBrowser();
  const [edited, setEdited] = useState<RulesInput | null>(null);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const addButton = useRef<HTMLButtonElement>(null);
  const input = edited ?? (isBrowser ? inputFromSearch(window.location.search) : EMPTY_INPUT);
  const result = applicableRules(input, useReferenceDate(date));
  const errors = result.ok ? undefined : result.errors;

  const change = (next: RulesInput) => {
    setEdited(next);
    const {pathname, hash} = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${inputToSearch(next)}${hash}`);
  };
  const touch = (field: string) => setTouched((t) => ({...t, [field]: true}));
  // A message appears once the reader has typed in the field or left it, never on arrival.
  const shown = (field: string, value: string, message: string | undefined) =>
    value.trim() !== '' || touched[field] ? message : undefined;
  const changeMember = (index: number, member: Partial<MemberInput>) =>
    change({...input, members: input.members.map((m, i) => (i === index ? {...m, ...member} : m))});
  const removeMember = (index: number) => {
    change({...input, members: input.members.filter((_, i) => i !== index)});
    // The rows after it move up; their flags would now belong to the wrong row.
    setTouched((t) => Object.fromEntries(Object.entries(t).filter(([field]) => !field.startsWith('member-'))));
    addButton.current?.focus();
  };
  const started = input.years.trim() !== '' || input.members.some((m) => m.volume.trim() !== '');

  return (
    <div className={styles.tool}>
      <form className={styles.form} aria-label="Opplysninger om anskaffelsen" onSubmit={(e) => e.preventDefault()}>
        <fieldset className={styles.group}>
          <legend>Hvem kjøper?</legend>
          {(Object.entries(BUYER_LABELS) as [Buyer, string][]).map(([value, label]) => (
            <label key={value} className={styles.option}>
              <input
                type="radio"
                name={`${id}-buyer`}
                value={value}
                checked={input.buyer === value}
                onChange={() => change({...input, buyer: value})}
              />
              {label}
            </label>
          ))}
        </fieldset>

        <fieldset className={styles.group}>
          <legend>Hva kjøpes?</legend>
          {(Object.entries(KIND_LABELS) as [Kind, string][]).map(([value, label]) => (
            <label key={value} className={styles.option}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={value}
                checked={input.kind === value}
                onChange={() => change({...input, kind: value})}
              />
              {label}
            </label>
          ))}
        </fieldset>

        <fieldset className={styles.group}>
          <legend>Medlemmer som deltar</legend>
          <p className={styles.hint}>
            Anslå hvor mye hvert medlem kjøper for i året, i kroner uten merverdiavgift. Skriv for eksempel 1 300 000
            eller 1,3 mill.
          </p>
          {input.members.map((member, index) => {
            const field = `member-${index}`;
            const name = member.name.trim();
            return (
              <fieldset key={index} className={styles.member}>
                <legend>
                  Medlem {index + 1}
                  {name && `: ${name}`}
                </legend>
                <div className={styles.fields}>
                  <TextField
                    id={`${id}-${field}-name`}
                    label="Navn (valgfritt)"
                    value={member.name}
                    inputMode="text"
                    onChange={(value) => changeMember(index, {name: value})}
                  />
                  <TextField
                    id={`${id}-${field}-volume`}
                    label="Årlig volum (kroner ekskl. mva.)"
                    value={member.volume}
                    error={shown(field, member.volume, errors?.members[index])}
                    inputMode="text"
                    onChange={(value) => changeMember(index, {volume: value})}
                    onBlur={() => touch(field)}
                  />
                </div>
                {input.members.length > 1 && (
                  <button
                    type="button"
                    className={`button button--sm button--secondary ${styles.remove}`}
                    onClick={() => removeMember(index)}
                  >
                    Fjern medlem {index + 1}
                    {name && ` (${name})`}
                  </button>
                )}
              </fieldset>
            );
          })}
          {input.members.length < MAX_MEMBERS ? (
            <button
              ref={addButton}
              type="button"
              className={`button button--secondary ${styles.add}`}
              onClick={() => change({...input, members: [...input.members, EMPTY_MEMBER]})}
            >
              Legg til medlem
            </button>
          ) : (
            <p>Verktøyet har plass til {MAX_MEMBERS} medlemmer.</p>
          )}
        </fieldset>

        <fieldset className={styles.group}>
          <legend>Varighet</legend>
          <div className={styles.fields}>
            <TextField
              id={`${id}-years`}
              label="Avtaleperiode (hele år)"
              value={input.years}
              error={shown('years', input.years, errors?.years)}
              inputMode="numeric"
              onChange={(value) => change({...input, years: value})}
              onBlur={() => touch('years')}
            />
            <TextField
              id={`${id}-options`}
              label="Opsjoner på forlengelse (hele år)"
              hint="La feltet stå tomt hvis avtalen ikke kan forlenges."
              value={input.optionYears}
              error={shown('optionYears', input.optionYears, errors?.optionYears)}
              inputMode="numeric"
              onChange={(value) => change({...input, optionYears: value})}
              onBlur={() => touch('optionYears')}
            />
          </div>
        </fieldset>
      </form>

      <section className={styles.result} aria-labelledby={`${id}-result`}>
        <Heading as="h2" id={`${id}-result`}>
          Resultat
        </Heading>
        <div aria-live="polite">
          {!result.ok ? (
            <p>
              {started
                ? 'Resultatet vises når feltene over er fylt ut riktig.'
                : 'Fyll inn årlig volum for medlemmene og avtaleperioden, så vises resultatet her.'}
            </p>
          ) : (
            <>
              <p className={styles.value}>Anslått verdi: {formatThresholdAmount(result.estimate.total)}</p>
              <p>
                {describeEstimate(result.estimate)}. Verdien er den samlede betalingen for hele perioden, medregnet
                opsjoner. <RuleSource rule="value" /> <RuleSource rule="options" />
              </p>
              {result.warnings.length > 0 && (
                <ul className={styles.warnings}>
                  {result.warnings.map((warning) => (
                    <li key={warning}>
                      <strong>Merk:</strong> {warning}
                    </li>
                  ))}
                </ul>
              )}
              <Heading as="h3">Terskelverdier</Heading>
              <ul className={styles.checks}>
                {result.checks.map((check) => (
                  <li key={check.id}>
                    <span className={styles.verdict}>{check.reached ? 'Nådd' : 'Ikke nådd'}:</span> {check.name},{' '}
                    {formatThresholdAmount(check.state.period.amount)} ({check.state.period.legalSource}).{' '}
                    <span className={styles.source}>
                      Kilde: <Link to={check.state.period.source.url}>{check.state.period.source.title}</Link> (sjekket{' '}
                      {formatDate(check.state.period.checked)}).
                    </span>
                  </li>
                ))}
              </ul>
              <Heading as="h3">Hva som følger</Heading>
              <dl className={styles.consequences}>
                {result.consequences.map((c) => (
                  <div key={c.topic}>
                    <dt>{c.topic}</dt>
                    <dd>
                      {c.text} <RuleSource rule={c.rule} />
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </div>
      </section>
    </div>
  );
}
