import React, {useId, useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import type {Cooperation} from '@site/src/data/cooperations';
import {MUNICIPALITY_MOVES, type CountyOverview} from '@site/src/data/counties';
import {
  EMPTY_FILTER,
  MEMBER_LABELS,
  SECTOR_LABELS,
  countyNotesFor,
  describeType,
  emptyReason,
  filterCooperations,
  filterToSearch,
  matchedMembers,
  movesFor,
  namedMemberCount,
  shownFilter,
  type CooperationFilter,
  type EmptyReason,
} from '@site/src/lib/cooperationFilter';
import SourceLinks from '@site/src/components/CountyOverview/SourceLinks';
import styles from './styles.module.css';

/** Where the county overview sits on the directory page. */
const COUNTY_OVERVIEW = '#fylker';

/**
 * Memoised: when the page hydrates, the directory renders again to apply the URL's filter, and without one
 * nothing in the 96 items has changed.
 */
const CooperationItem = React.memo(function CooperationItem({
  cooperation,
  query,
}: {
  cooperation: Cooperation;
  query: string;
}): React.ReactElement {
  const found = matchedMembers(cooperation, query);
  return (
    <li className={styles.item}>
      <span className={styles.name}>
        {cooperation.name}
        {cooperation.abbreviation && ` (${cooperation.abbreviation})`}
      </span>
      <dl className={styles.facts}>
        <div>
          <dt>Type:</dt> <dd>{describeType(cooperation.members)}</dd>
        </div>
        <div>
          <dt>Sektor:</dt> <dd>{SECTOR_LABELS[cooperation.sector]}</dd>
        </div>
        {cooperation.namedMembers && (
          <div>
            <dt>Nevnt ved navn:</dt>{' '}
            <dd>
              {cooperation.namedMembers.names.map((name, i) => (
                <React.Fragment key={name}>
                  {i > 0 && ', '}
                  {found.includes(name) ? <mark>{name}</mark> : name}
                </React.Fragment>
              ))}{' '}
              <span className={styles.source}>({cooperation.namedMembers.source.toLowerCase()})</span>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
});

function EmptyMessage({
  reason,
  query,
  namedCount,
  total,
  onReset,
  hasNotes,
}: {
  reason: EmptyReason;
  query: string;
  hasNotes: boolean;
  namedCount: number;
  total: number;
  onReset: () => void;
}): React.ReactElement {
  if (reason.kind === 'conflict') return <p className={styles.empty}>{reason.message}</p>;
  if (reason.kind === 'filtered')
    return (
      <p className={styles.empty}>
        Søket på «{query}» gir {reason.queryHits} treff, men ingen av dem passer filtrene du har valgt.{' '}
        <button type="button" className="button button--secondary button--sm" onClick={onReset}>
          Vis alle treff på «{query}»
        </button>
      </p>
    );
  if (hasNotes)
    return (
      <p className={styles.empty}>
        Ingen samarbeid har «{query}» i navnet eller blant medlemmene rapporten nevner. Det kartleggingen sier om
        navnet, står over; mer om hvert fylke står i <Link to={COUNTY_OVERVIEW}>oversikten per fylke</Link>.
      </p>
    );
  return (
    <p className={styles.empty}>
      Ingen samarbeid har «{query}» i navnet eller blant medlemmene rapporten nevner. Kartleggingen listet ikke opp
      medlemmene i de fleste samarbeidene: bare {namedCount} av {total} har medlemmer nevnt ved navn, resten bare
      medlemstyper. En kommune kan derfor være med i et samarbeid uten å stå her. Se{' '}
      <Link to={COUNTY_OVERVIEW}>oversikten per fylke</Link> for hva kartleggingen sier om fylket.
    </p>
  );
}

/**
 * The cooperation directory with search and filters. The server renders the
 * full list; the filter from the URL is applied after hydration, so the HTML
 * and the first client render agree. What the reader types is kept as typed
 * (the URL holds it trimmed) until the URL changes some other way.
 */
export default function CooperationDirectory({
  cooperations,
  counties,
}: {
  cooperations: readonly Cooperation[];
  counties: readonly CountyOverview[];
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
  const query = filter.query.trim();
  const notes = countyNotesFor(counties, query);
  const moves = movesFor(MUNICIPALITY_MOVES, query);
  const reason = emptyReason(cooperations, filter);

  return (
    <div>
      <form
        className={styles.filters}
        role="search"
        aria-label="Filtrer samarbeidene"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className={`${styles.field} ${styles.query}`}>
          <label htmlFor={ids.query}>Søk etter samarbeid, forkortelse eller kommune</label>
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
      {(notes.length > 0 || moves.length > 0) && (
        <section className={styles.notes}>
          <Heading as="h3" className={styles.notesHeading}>
            Dette sier kartleggingen om «{query}»
          </Heading>
          <ul>
            {notes.map((note) => (
              <li key={note.county.id}>
                <strong>
                  {note.county.name} (i dag {note.county.countyToday}):
                </strong>{' '}
                {note.text} <span className={styles.source}>(Kilde: rapportens {note.source}.)</span>
              </li>
            ))}
            {moves.map((move) => (
              <li key={move.municipality}>
                {move.note} (Kilder: <SourceLinks sources={move.sources} />
                .)
              </li>
            ))}
          </ul>
        </section>
      )}
      {reason ? (
        <EmptyMessage
          reason={reason}
          query={query}
          namedCount={namedMemberCount(cooperations)}
          total={cooperations.length}
          hasNotes={notes.length > 0 || moves.length > 0}
          onReset={() => update({...EMPTY_FILTER, query: filter.query})}
        />
      ) : (
        <ul className={styles.list} aria-label="Kartlagte samarbeid" aria-describedby={ids.status}>
          {shown.map((c) => (
            <CooperationItem key={c.id} cooperation={c} query={query} />
          ))}
        </ul>
      )}
    </div>
  );
}
