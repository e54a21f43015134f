/**
 * Filtering the cooperation directory, answering a search for a name with what the report says about it, and
 * keeping the filter in the URL so a filtered view can be shared. Pure; the page component is a thin shell.
 */
import type {Cooperation, MemberType, Sector} from '../data/cooperations';
import type {CountyOverview} from '../data/counties';
import {capitalize, foldText} from './text';

export type CooperationFilter = {
  query: string;
  member: MemberType | 'alle';
  sector: Sector | 'alle';
};

export const EMPTY_FILTER: CooperationFilter = {query: '', member: 'alle', sector: 'alle'};

export const MEMBER_LABELS: Record<MemberType, string> = {
  kommuner: 'Kommuner',
  fylkeskommuner: 'Fylkeskommuner',
  statlige: 'Statlige virksomheter',
};

// The report's own split (Sammendrag): «kommunal og fylkeskommunal sektor» and «statlig sektor».
export const SECTOR_LABELS: Record<Sector, string> = {
  kommunal: 'Kommunal og fylkeskommunal sektor',
  statlig: 'Statlig sektor',
};

const MEMBER_VALUES = Object.keys(MEMBER_LABELS) as MemberType[];
const SECTOR_VALUES = Object.keys(SECTOR_LABELS) as Sector[];

const queryWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean);

function searchableText(cooperation: Cooperation): string {
  return foldText(
    [cooperation.name, cooperation.abbreviation ?? '', ...(cooperation.namedMembers?.names ?? [])].join(' '),
  );
}

/** Every word of the query must occur in the name, the abbreviation or a member the report names. */
export function matchesQuery(cooperation: Cooperation, query: string): boolean {
  const haystack = searchableText(cooperation);
  return queryWords(query).every((word) => haystack.includes(word));
}

/** The named members a query points at, so a card can say why it was found («Gausdal kommune»). */
export function matchedMembers(cooperation: Cooperation, query: string): string[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return (cooperation.namedMembers?.names ?? []).filter((name) => words.some((word) => foldText(name).includes(word)));
}

export function filterCooperations(list: readonly Cooperation[], filter: CooperationFilter): Cooperation[] {
  return list.filter(
    (c) =>
      (filter.member === 'alle' || c.members.includes(filter.member)) &&
      (filter.sector === 'alle' || c.sector === filter.sector) &&
      matchesQuery(c, filter.query),
  );
}

function listMembers(members: readonly MemberType[]): string {
  const labels = members.map((m) => MEMBER_LABELS[m].toLowerCase());
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}` : (labels[0] ?? '');
}

export function describeMembers(members: readonly MemberType[]): string {
  return capitalize(listMembers(members));
}

/** The kind of cooperation in plain words: «Samarbeid mellom kommuner og fylkeskommuner». */
export function describeType(members: readonly MemberType[]): string {
  return `Samarbeid mellom ${listMembers(members)}`;
}

/** How many cooperations the report names any members for; the rest it gives only member types for. */
export function namedMemberCount(list: readonly Cooperation[]): number {
  return list.filter((c) => (c.namedMembers?.names.length ?? 0) > 0).length;
}

/** A county text that mentions the query, with the part of the report it retells. */
export type CountyNote = {
  county: CountyOverview;
  text: string;
  source: 'figur 1' | 'siden «Kommuner uten innkjøpssamarbeid»';
};

const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Every query word occurs as a whole word, so «horn» does not answer with Hornindal's county. */
function containsWords(text: string, words: readonly string[]): boolean {
  const tokens = new Set(wordsOf(text));
  return words.every((word) => tokens.has(word));
}

/**
 * What the county overview says about a name: per county, the first of its two texts (figure 1, then the page on
 * municipalities outside) that holds every word of the query; a county's own name finds its figure 1 text.
 */
export function countyNotesFor(counties: readonly CountyOverview[], query: string): CountyNote[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  return counties.flatMap((county): CountyNote[] => {
    const figure = [county.name, county.cooperations, ...county.named].join(' ');
    if (containsWords(figure, words)) return [{county, text: county.cooperations, source: 'figur 1'}];
    if (containsWords(county.outsideNote, words))
      return [{county, text: county.outsideNote, source: 'siden «Kommuner uten innkjøpssamarbeid»'}];
    return [];
  });
}

/** Why a search shows nothing, so the page can say more than «0 treff». */
export type EmptyReason =
  {kind: 'conflict'; message: string} | {kind: 'filtered'; queryHits: number} | {kind: 'not-in-report'};

/** The reason for an empty result, or null when there are results. */
export function emptyReason(list: readonly Cooperation[], filter: CooperationFilter): EmptyReason | null {
  if (filterCooperations(list, filter).length > 0) return null;
  const withoutQuery = {...filter, query: ''};
  if (filterCooperations(list, withoutQuery).length === 0 && filter.member !== 'alle' && filter.sector !== 'alle') {
    const inSector = MEMBER_VALUES.filter((m) => list.some((c) => c.sector === filter.sector && c.members.includes(m)));
    const sector = SECTOR_LABELS[filter.sector].toLowerCase();
    return {
      kind: 'conflict',
      message:
        `Filtrene utelukker hverandre: ingen samarbeid i ${sector} har ${MEMBER_LABELS[filter.member].toLowerCase()} ` +
        `som medlemmer. I ${sector} har samarbeidene bare ${listMembers(inSector)} som medlemmer.`,
    };
  }
  const queryHits = filterCooperations(list, {...EMPTY_FILTER, query: filter.query}).length;
  return queryHits > 0 ? {kind: 'filtered', queryHits} : {kind: 'not-in-report'};
}

/** Reads `?q=…&medlem=…&sektor=…`; unknown values fall back to "alle" rather than emptying the list. */
export function filterFromSearch(search: string): CooperationFilter {
  const params = new URLSearchParams(search);
  const member = params.get('medlem');
  const sector = params.get('sektor');
  return {
    query: (params.get('q') ?? '').slice(0, 100),
    member: MEMBER_VALUES.includes(member as MemberType) ? (member as MemberType) : 'alle',
    sector: SECTOR_VALUES.includes(sector as Sector) ? (sector as Sector) : 'alle',
  };
}

/** The query string for a filter, leaving out what is not filtered; "" for the full list. */
export function filterToSearch(filter: CooperationFilter): string {
  const params = new URLSearchParams();
  if (filter.query.trim()) params.set('q', filter.query.trim());
  if (filter.member !== 'alle') params.set('medlem', filter.member);
  if (filter.sector !== 'alle') params.set('sektor', filter.sector);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The filter to show: what the reader typed while the URL still says the same,
 * otherwise the URL's (on arrival, or after Back). Typed text stays as typed,
 * trailing spaces included, although the URL keeps it trimmed.
 */
export function shownFilter(typed: CooperationFilter, search: string): CooperationFilter {
  const fromUrl = filterFromSearch(search);
  return filterToSearch(typed) === filterToSearch(fromUrl) ? typed : fromUrl;
}

export type CombinationCount = {members: readonly MemberType[]; count: number};

/** How many cooperations have each combination of member types, most common first. */
export function countByCombination(list: readonly Cooperation[]): CombinationCount[] {
  const counts = new Map<string, CombinationCount>();
  for (const c of list) {
    const key = c.members.join('+');
    const entry = counts.get(key) ?? {members: c.members, count: 0};
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** The municipality moves a query names (whole words), so a search for Hornindal also says where it is today. */
export function movesFor<Move extends {municipality: string}>(moves: readonly Move[], query: string): Move[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  return moves.filter((move) => containsWords(move.municipality, words));
}

/** A 2017 county's county today, with the one of 2020–2023 where that was another: «Akershus (2020–2023: Viken)». */
export function describeTodaysCounty(county: CountyOverview): string {
  if (county.county2020 !== county.countyToday) return `${county.countyToday} (2020–2023: ${county.county2020})`;
  return county.countyToday === county.name ? `${county.name} (uendret)` : county.countyToday;
}
