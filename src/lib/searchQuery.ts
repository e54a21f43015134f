/**
 * The reader's words, turned into queries the index can answer. The local search's index holds the site's own
 * words; a reader types the glossary's ruled-out variants and synonyms, or writes as one compound what the text
 * writes apart ("flyreiser" for fly and reise). These functions only rewrite text; src/browser/searchByWorker.ts
 * runs the rewrites against the index and merges what they find.
 */

export type Alias = {from: string; to: string};

type GlossaryLike = {term: string; avoid: readonly string[]; synonyms: readonly string[]};

/** Shortest part a compound is split into: shorter parts ("in", "av") match too much. */
const MIN_PART = 3;
/** Words shorter than this are not split: short words are rarely compounds of two parts of MIN_PART. */
const MIN_COMPOUND = 2 * MIN_PART + 1;

export const normalizeQuery = (query: string): string => query.toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

/** Every `avoid` and `synonym` of the glossary, pointing at its term, longest first so phrases win over words. */
export function glossaryAliases(glossary: readonly GlossaryLike[]): Alias[] {
  return glossary
    .flatMap((entry) =>
      [...entry.avoid, ...entry.synonyms].map((alias) => ({
        from: normalizeQuery(alias),
        to: normalizeQuery(entry.term),
      })),
    )
    .filter((alias) => alias.from !== alias.to && alias.from !== '')
    .sort((a, b) => b.from.length - a.from.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query with each alias it contains, as a whole word or phrase, replaced by its term. */
export function withGlossaryTerms(query: string, aliases: readonly Alias[]): string {
  let rewritten = normalizeQuery(query);
  for (const {from, to} of aliases) {
    const pattern = new RegExp(`(^|[\\s,.;:!?()])${escapeRegExp(from)}(?=$|[\\s,.;:!?()])`, 'gu');
    rewritten = rewritten.replace(pattern, (_, before: string) => `${before}${to}`);
  }
  return rewritten;
}

/**
 * The ways a long word can be read as two words, the longer first part first. Norwegian joins compounds with
 * a linking s or e ("kontrakts-oppfølging"), so a first part ending in one is also offered without it.
 */
export function compoundSplits(word: string): string[] {
  if ([...word].length < MIN_COMPOUND || !/^\p{L}+$/u.test(word)) return [];
  const letters = [...word];
  const splits: string[] = [];
  for (let at = letters.length - MIN_PART; at >= MIN_PART; at--) {
    const first = letters.slice(0, at).join('');
    const second = letters.slice(at).join('');
    splits.push(`${first} ${second}`);
    if (/[se]$/u.test(first) && first.length > MIN_PART) splits.push(`${first.slice(0, -1)} ${second}`);
  }
  return splits;
}

/** Letters a stem may lack of the word it stands for: the stemmer takes endings such as -er, -en, -ene. */
const MAX_ENDING = 2;

/** Every word of the glossary's terms, variants and synonyms: a compound's part may be one of these. */
export function glossaryWords(glossary: readonly GlossaryLike[]): Set<string> {
  return new Set(
    glossary
      .flatMap((entry) => [entry.term, ...entry.avoid, ...entry.synonyms])
      .flatMap((text) => normalizeQuery(text).split(/[\s-]+/u))
      .filter((word) => [...word].length >= MIN_PART),
  );
}

/**
 * How well a two-word reading of a compound is made of real words, or 0 when a part is not one. `indexTerms` are
 * the index's terms the reading's search matched (stems, so «reis» for «reiser»); a part counts when it is a word
 * of the glossary, or when a matched term is the part less at most an ending. Fuzzy matching makes a nonsense part
 * («flyrei») match some term, so a term must be the start of the part, not merely near it. The score is the share
 * of the parts' letters the terms cover, so «fly reiser» beats «flyr eiser».
 */
export function realReadingScore(
  reading: string,
  indexTerms: readonly string[],
  glossary: ReadonlySet<string>,
): number {
  const parts = reading.split(' ');
  let score = 0;
  for (const part of parts) {
    if (glossary.has(part)) {
      score += 1;
      continue;
    }
    const covered = Math.max(
      0,
      ...indexTerms
        .filter((term) => part.startsWith(term) && part.length - term.length <= MAX_ENDING)
        .map((t) => t.length),
    );
    if (covered === 0) return 0;
    score += covered / part.length;
  }
  return score / parts.length;
}

/**
 * Queries to try after the reader's own, in order: the query in the glossary's terms, then (for a one-word
 * query) its readings as two words. The caller keeps the reading whose parts are most plainly real words.
 */
export function queryRewrites(query: string, aliases: readonly Alias[]): {terms: string[]; compounds: string[]} {
  const normalized = normalizeQuery(query);
  const inTerms = withGlossaryTerms(normalized, aliases);
  const terms = inTerms !== normalized ? [inTerms] : [];
  const words = normalized.split(' ');
  const compounds = words.length === 1 ? compoundSplits(words[0]!) : [];
  return {terms, compounds};
}

type Result = {document: {u: string}; isInterOfTree?: boolean; isLastOfTree?: boolean};

/**
 * One result per page, the first (best) one the page has, so a page is not listed once per matching section.
 * The dropdown's tree marks hang sections under their page; with one result per page there is no tree.
 */
export function onePerPage<T extends Result>(results: readonly T[]): T[] {
  const seen = new Set<string>();
  return results
    .filter((result) => !seen.has(result.document.u) && seen.add(result.document.u))
    .map((result) => ({...result, isInterOfTree: false, isLastOfTree: false}));
}
