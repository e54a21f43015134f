/**
 * What to offer when a query finds nothing: the glossary terms nearest to what the reader typed, each with the page
 * that explains it, so a misspelt or unknown word still leads somewhere. Pure; the dropdown and the search page
 * render the result.
 */
import {handbookPath} from '@site/src/data/routes';
import {normalizeQuery} from './searchQuery';

type GlossaryLike = {
  id: string;
  term: string;
  avoid: readonly string[];
  synonyms: readonly string[];
  related: readonly {to: string; title: string}[];
};

export type TermSuggestion = {
  id: string;
  term: string;
  /** The term's entry on the glossary page. */
  href: string;
  /** The page most likely to help: the first page the glossary entry points to. */
  section?: {to: string; title: string};
};

/** The glossary page, which every suggestion points into and which is offered when nothing is near. */
export const GLOSSARY_PAGE = handbookPath('begreper/');

/** What the dropdown (an HTML string) and the search page say when nothing is found, so both say the same. */
export const NO_RESULTS_TEXT = {
  nothingFound: (query: string): string => `Fant ingen sider for «${query}».`,
  intro: 'Kanskje du mente et av disse begrepene:',
  explainedIn: 'forklart i',
  tryGlossary: 'Prøv et annet ord, eller slå opp i',
  glossaryLink: 'begrepslista',
} as const;

/** Terms offered at most: more is a list to read, not a pointer. */
const MAX_SUGGESTIONS = 3;
/** Words shorter than this are too ambiguous to match on a shared start. */
const MIN_PREFIX = 4;

/** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours cost one. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({length: x.length + 1}, (_, i) => Array.from({length: y.length + 1}, (_, j) => i || j));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

const sharedPrefix = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * How far a typed word is from a glossary word, or undefined when they are unrelated. A word that starts the
 * other (a stem, or the term with an ending) counts as near as one typo; otherwise about one typo per four letters
 * is allowed.
 */
function distance(typed: string, known: string): number | undefined {
  const prefix = sharedPrefix(typed, known);
  if (prefix >= MIN_PREFIX && (prefix === typed.length || prefix === known.length)) return 1;
  const allowed = Math.max(1, Math.floor(Math.min(typed.length, known.length) / 4));
  const found = editDistance(typed, known);
  return found <= allowed ? found : undefined;
}

/** The typed words and phrase worth comparing: the whole query and each word of at least MIN_PREFIX letters. */
const typedForms = (query: string): string[] => {
  const normalized = normalizeQuery(query);
  const words = normalized.split(' ').filter((word) => [...word].length >= MIN_PREFIX);
  return [...new Set([normalized, ...words])].filter(Boolean);
};

/** Glossary terms nearest to the query, nearest first; empty when nothing is near. */
export function suggestTerms(query: string, glossary: readonly GlossaryLike[]): TermSuggestion[] {
  const typed = typedForms(query);
  if (typed.length === 0) return [];
  return glossary
    .map((entry) => {
      const known = [entry.term, ...entry.avoid, ...entry.synonyms].map(normalizeQuery);
      const distances = typed.flatMap((t) => known.flatMap((k) => [k, ...k.split(' ')]).map((k) => distance(t, k)));
      const best = Math.min(...distances.filter((d): d is number => d !== undefined));
      return {entry, best};
    })
    .filter(({best}) => Number.isFinite(best))
    .sort((a, b) => a.best - b.best)
    .slice(0, MAX_SUGGESTIONS)
    .map(({entry}) => ({
      id: entry.id,
      term: entry.term,
      href: `${GLOSSARY_PAGE}#${entry.id}`,
      section: entry.related[0],
    }));
}
