import {describe, expect, it} from 'vitest';
import type {Cooperation} from '@site/src/data/cooperations';
import {
  EMPTY_FILTER,
  countByCombination,
  describeMembers,
  filterCooperations,
  filterFromSearch,
  filterToSearch,
  matchesQuery,
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

  it('counts combinations, most common first, summing to the whole directory', () => {
    const counts = countByCombination(COOPERATIONS);
    expect(counts.map((c) => [c.members.join('+'), c.count])).toEqual([
      ['kommuner', 2],
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
