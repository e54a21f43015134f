import React, {useId, useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';
import type {Cooperation} from '@site/src/data/cooperations';
import {
  EMPTY_FILTER,
  MEMBER_LABELS,
  SECTOR_LABELS,
  describeMembers,
  filterCooperations,
  filterToSearch,
  shownFilter,
  type CooperationFilter,
} from '@site/src/lib/cooperationFilter';
import styles from './styles.module.css';

/**
 * The cooperation directory with search and filters. The server renders the
 * full list; the filter from the URL is applied after hydration, so the HTML
 * and the first client render agree. What the reader types is kept as typed
 * (the URL holds it trimmed) until the URL changes some other way.
 */
export default function CooperationDirectory({
  cooperations,
}: {
  cooperations: readonly Cooperation[];
}): React.ReactElement {
  const location = useLocation();
  const history = useHistory();
  const [typed, setTyped] = useState<CooperationFilter>(EMPTY_FILTER);
  const ids = {query: useId(), member: useId(), sector: useId(), status: useId()};
  // The server and the hydrating render show the full list; the URL's filter applies from the next render on.
  const filter = shownFilter(typed, useIsBrowser() ? location.search : '');

  const update = (change: Partial<CooperationFilter>) => {
    const next = {...filter, ...change};
    setTyped(next);
    history.replace({pathname: location.pathname, search: filterToSearch(next), hash: location.hash});
  };

  const shown = filterCooperations(cooperations, filter);

  return (
    <div>
      <form
        className={styles.filters}
        role="search"
        aria-label="Filtrer samarbeidene"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className={styles.field}>
          <label htmlFor={ids.query}>Søk etter navn eller forkortelse</label>
          <input
            id={ids.query}
            type="search"
            value={filter.query}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => update({query: e.target.value})}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.member}>Har som medlem</label>
          <select
            id={ids.member}
            value={filter.member}
            onChange={(e) => update({member: e.target.value as CooperationFilter['member']})}
          >
            <option value="alle">Alle medlemstyper</option>
            {Object.entries(MEMBER_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.sector}>Sektor</label>
          <select
            id={ids.sector}
            value={filter.sector}
            onChange={(e) => update({sector: e.target.value as CooperationFilter['sector']})}
          >
            <option value="alle">Begge sektorer</option>
            {Object.entries(SECTOR_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={() => update(EMPTY_FILTER)}>
          Nullstill
        </button>
      </form>
      <noscript>
        <p>Søk og filtrering krever JavaScript. Hele listen står under.</p>
      </noscript>
      <p id={ids.status} className={styles.count} role="status">
        Viser {shown.length} av {cooperations.length} samarbeid
      </p>
      {shown.length === 0 ? (
        <p>Ingen samarbeid passer til søket. Prøv et kortere søkeord eller nullstill filtrene.</p>
      ) : (
        <ul className={styles.list} aria-describedby={ids.status}>
          {shown.map((c) => (
            <li key={c.id} className={styles.item}>
              <span className={styles.name}>{c.name}</span>
              {c.abbreviation && <span className={styles.abbreviation}> ({c.abbreviation})</span>}
              <span className={styles.details}>
                {describeMembers(c.members)} · {SECTOR_LABELS[c.sector]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
