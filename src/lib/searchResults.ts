/**
 * A search hit read as a page: the local search's index holds titles, headings, descriptions and paragraphs as
 * separate documents, and a result is one of them. The reader wants the page first, then where on it the words are.
 */

/** The plugin's document types (its SearchDocumentType enum). */
export const DOCUMENT_TYPE = {title: 0, heading: 1, description: 2, keywords: 3, content: 4} as const;

export type IndexedHit = {
  document: {t: string; u: string; h?: string; s?: string};
  type: number;
  page?: {t: string} | undefined | unknown;
};

export type PageHit = {
  /** The page's title. */
  title: string;
  /** The heading of the best-matching section, when it is not the page's title. */
  section?: string;
  /** Text to show under the title, when the hit is in a paragraph or the description. */
  excerpt?: string;
  /** The page, at the section when the hit is in one. */
  url: string;
};

const pageTitle = (page: IndexedHit['page']): string | undefined =>
  typeof page === 'object' && page !== null && 't' in page && typeof page.t === 'string' ? page.t : undefined;

export function pageHit({document, type, page}: IndexedHit): PageHit {
  const title = type === DOCUMENT_TYPE.title ? document.t : (pageTitle(page) ?? document.s ?? document.t);
  const heading = type === DOCUMENT_TYPE.heading ? document.t : type === DOCUMENT_TYPE.content ? document.s : undefined;
  const hasExcerpt = type === DOCUMENT_TYPE.content || type === DOCUMENT_TYPE.description;
  return {
    title,
    ...(heading && heading !== title ? {section: heading} : {}),
    ...(hasExcerpt ? {excerpt: document.t} : {}),
    url: document.u + (document.h ?? ''),
  };
}

/** A character that is part of a word, so a match must start where a word does. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The part of a section's text to show under a result: up to `maxLength` characters around the first word that
 * starts with one of the query's words (lower case, as the search gives them), cut at spaces, with «…» where text
 * is left out. The index holds no positions (src/lib/searchIndexSlim.ts), so the words are found here.
 */
export function excerptAround(text: string, tokens: readonly string[], maxLength: number): string {
  const lower = text.toLocaleLowerCase('nb');
  let first = -1;
  for (const token of tokens.filter((t) => t !== '')) {
    for (let at = lower.indexOf(token); at !== -1; at = lower.indexOf(token, at + 1)) {
      if (at === 0 || !WORD_CHAR.test(lower[at - 1]!)) {
        if (first === -1 || at < first) first = at;
        break;
      }
    }
  }
  if (text.length <= maxLength) return text;
  // The match a third of the way in: enough before it to read it in context.
  let start = Math.max(0, Math.min(first - Math.floor(maxLength / 3), text.length - maxLength));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
