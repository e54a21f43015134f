import {describe, expect, it} from 'vitest';
import type {Cooperation} from '@site/src/data/cooperations';
import type {CountyOverview} from '@site/src/data/counties';
import {
  EMPTY_FILTER,
  countByCombination,
  countyNotesFor,
  describeMembers,
  describeTodaysCounty,
  describeType,
  emptyReason,
  filterCooperations,
  filterFromSearch,
  filterToSearch,
  matchedMembers,
  matchesQuery,
  movesFor,
  namedMemberCount,
  shownFilter,
} from '@site/src/lib/cooperationFilter';
import {foldText, slugify, visibleText} from '@site/src/lib/text';

const COOPERATIONS: readonly Cooperation[] = [
  {
    id: 'orik',
    name: 'Øvre Romerike innkjøpssamarbeid',
    abbreviation: 'ØRIK',
    members: ['kommuner'],
    sector: 'kommunal',
  },
  {id: 'bergen', name: 'Innkjøpssamarbeidet i Bergen', members: ['kommuner'], sector: 'kommunal'},
  {
    id: 'melhus-og-skaun',
    name: 'Melhus og Skaun',
    members: ['kommuner'],
    sector: 'kommunal',
    namedMembers: {source: 'Vedlegg 2', names: ['Melhus kommune', 'Skaun kommune']},
  },
  {id: 'vestfold', name: 'Vestfold innkjøp', members: ['kommuner', 'fylkeskommuner'], sector: 'kommunal'},
  {id: 'btv', name: 'BTV innkjøp', members: ['kommuner', 'fylkeskommuner', 'statlige'], sector: 'kommunal'},
  {id: 'fkn', name: 'Fylkeskommunenes innkjøpsnettverk', members: ['fylkeskommuner'], sector: 'kommunal'},
  {id: 'stat-a', name: 'Statlig samarbeid A', members: ['statlige'], sector: 'statlig'},
  {id: 'stat-b', name: 'Statlig samarbeid B', members: ['statlige'], sector: 'statlig'},
];

const byId = (id: string): Cooperation => COOPERATIONS.find((c) => c.id === id)!;

describe('text folding', () => {
  it('folds case, Norwegian letters and diacritics', () => {
    expect(foldText('ØRIK Værnes Gåsø Kjøpekraft Café')).toBe('orik vaernes gaso kjopekraft cafe');
    expect(slugify('Avsnittet «Sammendrag»')).toBe('avsnittet-sammendrag');
  });
});

describe('search', () => {
  it('finds ØRIK when the reader types "orik", and by its full name', () => {
    expect(matchesQuery(byId('orik'), 'orik')).toBe(true);
    expect(matchesQuery(byId('orik'), 'ØVRE romerike')).toBe(true);
    expect(filterCooperations(COOPERATIONS, {...EMPTY_FILTER, query: 'orik'}).map((c) => c.id)).toEqual(['orik']);
  });

  it('needs every word of the query to match', () => {
    expect(matchesQuery(byId('orik'), 'romerike bergen')).toBe(false);
  });

  it('treats an empty or blank query as no filter', () => {
    expect(filterCooperations(COOPERATIONS, {...EMPTY_FILTER, query: '   '})).toHaveLength(COOPERATIONS.length);
  });

  it('finds a cooperation by a member the report names, and says which member', () => {
    expect(filterCooperations(COOPERATIONS, {...EMPTY_FILTER, query: 'skaun'}).map((c) => c.id)).toEqual([
      'melhus-og-skaun',
    ]);
    expect(matchedMembers(byId('melhus-og-skaun'), 'Skaun')).toEqual(['Skaun kommune']);
    expect(matchedMembers(byId('melhus-og-skaun'), '')).toEqual([]);
    expect(matchedMembers(byId('orik'), 'orik')).toEqual([]);
  });

  it('counts the cooperations whose members the report names', () => {
    expect(namedMemberCount(COOPERATIONS)).toBe(1);
  });
});

const county = (over: Partial<CountyOverview> & Pick<CountyOverview, 'id' | 'name'>): CountyOverview => ({
  cooperations: '',
  named: [],
  municipalitiesOutside: 0,
  outsideNote: '',
  county2020: over.name,
  countyToday: over.name,
  ...over,
});

const COUNTIES: readonly CountyOverview[] = [
  county({
    id: 'sogn-og-fjordane',
    name: 'Sogn og Fjordane',
    cooperations: 'Fylkeskommunen legger til rette for SFFI, og Hornindal er den eneste kommunen som ikke deltar.',
    named: ['SFFI'],
    outsideNote: 'Hornindal står utenfor.',
    county2020: 'Vestland',
    countyToday: 'Vestland',
  }),
  county({
    id: 'nordland',
    name: 'Nordland',
    cooperations: '19 av 44 kommuner er med i SIIS.',
    outsideNote: 'Ingen andre samarbeid enn Samordna innkjøp i Salten ble kartlagt.',
  }),
  county({id: 'akershus', name: 'Akershus', county2020: 'Viken', countyToday: 'Akershus'}),
  county({id: 'troms', name: 'Troms', county2020: 'Troms og Finnmark', countyToday: 'Troms'}),
  county({id: 'sor-trondelag', name: 'Sør-Trøndelag', county2020: 'Trøndelag', countyToday: 'Trøndelag'}),
];

describe('what the county notes say about a name', () => {
  it('finds the county note that mentions a municipality, whatever the case and letters typed', () => {
    const notes = countyNotesFor(COUNTIES, 'hornindal');
    expect(notes.map((n) => [n.county.id, n.source])).toEqual([['sogn-og-fjordane', 'figur 1']]);
    expect(notes[0]!.text).toContain('Hornindal er den eneste kommunen');
  });

  it('falls back to the page on municipalities outside when figure 1 does not hold the words', () => {
    expect(countyNotesFor(COUNTIES, 'Salten').map((n) => [n.county.id, n.source])).toEqual([
      ['nordland', 'siden «Kommuner uten innkjøpssamarbeid»'],
    ]);
  });

  it('finds a county by its own name and by a cooperation figure 1 names for it', () => {
    expect(countyNotesFor(COUNTIES, 'sogn og fjordane').map((n) => n.county.id)).toEqual(['sogn-og-fjordane']);
    expect(countyNotesFor(COUNTIES, 'SIIS').map((n) => n.county.id)).toEqual(['nordland']);
  });

  it('matches whole words only, and nothing for an empty query or a name the notes do not have', () => {
    expect(countyNotesFor(COUNTIES, 'horn')).toEqual([]);
    expect(countyNotesFor(COUNTIES, '  ')).toEqual([]);
    expect(countyNotesFor(COUNTIES, 'Gulen')).toEqual([]);
  });

  it('finds a municipality that has moved county', () => {
    const moves = [{municipality: 'Hornindal'}, {municipality: 'Rindal'}];
    expect(movesFor(moves, 'HORNINDAL')).toEqual([{municipality: 'Hornindal'}]);
    expect(movesFor(moves, 'dal')).toEqual([]);
    expect(movesFor(moves, '')).toEqual([]);
  });
});

describe('today’s county', () => {
  it('names the county today, and the one of 2020–2023 where that differed', () => {
    const byName = (id: string) => COUNTIES.find((c) => c.id === id)!;
    expect(describeTodaysCounty(byName('akershus'))).toBe('Akershus (2020–2023: Viken)');
    expect(describeTodaysCounty(byName('troms'))).toBe('Troms (2020–2023: Troms og Finnmark)');
    expect(describeTodaysCounty(byName('sogn-og-fjordane'))).toBe('Vestland');
    expect(describeTodaysCounty(byName('sor-trondelag'))).toBe('Trøndelag');
    expect(describeTodaysCounty(byName('nordland'))).toBe('Nordland (uendret)');
  });
});

describe('why a result is empty', () => {
  it('is null when something is shown', () => {
    expect(emptyReason(COOPERATIONS, {...EMPTY_FILTER, query: 'orik'})).toBeNull();
  });

  it('explains filters that cannot both be true, from what the data holds', () => {
    const reason = emptyReason(COOPERATIONS, {query: '', member: 'kommuner', sector: 'statlig'});
    expect(reason).toEqual({
      kind: 'conflict',
      message:
        'Filtrene utelukker hverandre: ingen samarbeid i statlig sektor har kommuner som medlemmer. ' +
        'I statlig sektor har samarbeidene bare statlige virksomheter som medlemmer.',
    });
  });

  it('says how many the search finds when only the filters exclude them', () => {
    expect(emptyReason(COOPERATIONS, {query: 'romerike', member: 'alle', sector: 'statlig'})).toEqual({
      kind: 'filtered',
      queryHits: 1,
    });
  });

  it('says the report does not have the name when the search alone finds nothing', () => {
    expect(emptyReason(COOPERATIONS, {...EMPTY_FILTER, query: 'Gulen'})).toEqual({kind: 'not-in-report'});
  });
});

describe('filters', () => {
  it('filters by sector', () => {
    expect(filterCooperations(COOPERATIONS, {...EMPTY_FILTER, sector: 'statlig'}).map((c) => c.id)).toEqual([
      'stat-a',
      'stat-b',
    ]);
  });

  it('filters by member type, keeping cooperations that include it', () => {
    const withState = filterCooperations(COOPERATIONS, {...EMPTY_FILTER, member: 'statlige'});
    expect(withState.map((c) => c.id)).toEqual(['btv', 'stat-a', 'stat-b']);
    const mixed = filterCooperations(COOPERATIONS, {...EMPTY_FILTER, member: 'statlige', sector: 'kommunal'});
    expect(mixed.map((c) => c.id)).toEqual(['btv']);
  });

  it('combines search and filters', () => {
    expect(filterCooperations(COOPERATIONS, {query: 'innkjøp', member: 'fylkeskommuner', sector: 'statlig'})).toEqual(
      [],
    );
  });
});

describe('filter in the URL', () => {
  it('round-trips a filter through the query string', () => {
    const filter = {query: 'Ørik', member: 'kommuner', sector: 'kommunal'} as const;
    expect(filterToSearch(filter)).toBe('?q=%C3%98rik&medlem=kommuner&sektor=kommunal');
    expect(filterFromSearch(filterToSearch(filter))).toEqual(filter);
  });

  it('leaves the URL clean for the full list', () => {
    expect(filterToSearch(EMPTY_FILTER)).toBe('');
  });

  it('ignores unknown values from a hand-edited URL instead of showing nothing', () => {
    expect(filterFromSearch('?medlem=romvesen&sektor=<script>&q=bergen')).toEqual({
      query: 'bergen',
      member: 'alle',
      sector: 'alle',
    });
  });
});

describe('member combinations', () => {
  it('describes members in Norwegian', () => {
    expect(describeMembers(['kommuner', 'fylkeskommuner', 'statlige'])).toBe(
      'Kommuner, fylkeskommuner og statlige virksomheter',
    );
    expect(describeMembers(['statlige'])).toBe('Statlige virksomheter');
  });

  it('describes the kind of cooperation in plain words', () => {
    expect(describeType(['kommuner', 'fylkeskommuner'])).toBe('Samarbeid mellom kommuner og fylkeskommuner');
    expect(describeType(['statlige'])).toBe('Samarbeid mellom statlige virksomheter');
  });

  it('counts combinations, most common first, summing to the whole directory', () => {
    const counts = countByCombination(COOPERATIONS);
    expect(counts.map((c) => [c.members.join('+'), c.count])).toEqual([
      ['kommuner', 3],
      ['statlige', 2],
      ['kommuner+fylkeskommuner', 1],
      ['kommuner+fylkeskommuner+statlige', 1],
      ['fylkeskommuner', 1],
    ]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(COOPERATIONS.length);
  });
});

describe('the filter shown', () => {
  it('keeps what the reader typed, trailing space included, while the URL says the same', () => {
    const typed = {...EMPTY_FILTER, query: 'orik '};
    expect(shownFilter(typed, filterToSearch(typed))).toBe(typed);
  });

  it('follows the URL when it changes some other way, as after Back', () => {
    const typed = {...EMPTY_FILTER, query: 'orik'};
    expect(shownFilter(typed, '?q=vestfold&medlem=kommuner')).toEqual({
      query: 'vestfold',
      member: 'kommuner',
      sector: 'alle',
    });
  });

  it('shows the full list before the URL is read', () => {
    expect(shownFilter(EMPTY_FILTER, '')).toEqual(EMPTY_FILTER);
  });
});

describe('visibleText', () => {
  it('empties text with nothing a reader can see, and trims the rest', () => {
    expect(visibleText(' \u200b\u2060\u00a0\ufeff ')).toBe('');
    expect(visibleText('  Kari Nordmann ')).toBe('Kari Nordmann');
  });
});
