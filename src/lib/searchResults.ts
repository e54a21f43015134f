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
