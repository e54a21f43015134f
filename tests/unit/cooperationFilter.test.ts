import {describe, expect, it} from 'vitest';
import {COOPERATIONS, type Cooperation} from '@site/src/data/cooperations';
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
import {foldText, slugify} from '@site/src/lib/text';

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
    const state = filterCooperations(COOPERATIONS, {...EMPTY_FILTER, sector: 'statlig'});
    expect(state).toHaveLength(22);
    expect(state.every((c) => c.sector === 'statlig')).toBe(true);
  });

  it('filters by member type, keeping cooperations that include it', () => {
    const withState = filterCooperations(COOPERATIONS, {...EMPTY_FILTER, member: 'statlige'});
    // 22 state cooperations, plus 7 municipal/county ones with state members (2 + 4 + 1).
    expect(withState).toHaveLength(29);
    const mixed = filterCooperations(COOPERATIONS, {...EMPTY_FILTER, member: 'statlige', sector: 'kommunal'});
    expect(mixed.map((c) => c.id)).toContain('btv-innkjop');
    expect(mixed).toHaveLength(7);
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
    expect(counts[0]).toEqual({members: ['kommuner'], count: 46});
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(96);
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
