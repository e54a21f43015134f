/**
 * Filtering the cooperation directory, and keeping the filter in the URL so a
 * filtered view can be shared. Pure; the page component is a thin shell.
 */
import type {Cooperation, MemberType, Sector} from '../data/cooperations';
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

export const SECTOR_LABELS: Record<Sector, string> = {
  kommunal: 'Kommunal sektor',
  statlig: 'Statlig sektor',
};

const MEMBER_VALUES = Object.keys(MEMBER_LABELS) as MemberType[];
const SECTOR_VALUES = Object.keys(SECTOR_LABELS) as Sector[];

function searchableText(cooperation: Cooperation): string {
  return foldText([cooperation.name, cooperation.abbreviation ?? ''].join(' '));
}

/** Every word of the query must occur in the name or abbreviation. */
export function matchesQuery(cooperation: Cooperation, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const haystack = searchableText(cooperation);
  return words.every((word) => haystack.includes(word));
}

export function filterCooperations(list: readonly Cooperation[], filter: CooperationFilter): Cooperation[] {
  return list.filter(
    (c) =>
      (filter.member === 'alle' || c.members.includes(filter.member)) &&
      (filter.sector === 'alle' || c.sector === filter.sector) &&
      matchesQuery(c, filter.query),
  );
}

export function describeMembers(members: readonly MemberType[]): string {
  const labels = members.map((m) => MEMBER_LABELS[m].toLowerCase());
  const text = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}` : (labels[0] ?? '');
  return capitalize(text);
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
