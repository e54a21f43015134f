// The pages the bench compares. Each of our pages is held against the bare
// template's page of the same kind: its home page, or its one docs page.

/** @typedef {'home' | 'content'} PageKind */
/** @typedef {{name: string, path: string, kind: PageKind}} BenchPage */

/**
 * The page the content-page JS budget is about: a category guide, the
 * site's counterpart of the template's docs page.
 * @type {BenchPage}
 */
export const OUR_CONTENT_PAGE = {name: 'guide', path: '/veiledere/kontor-og-administrasjon/', kind: 'content'};

/** @type {BenchPage[]} */
export const OUR_PAGES = [
  {name: 'home', path: '/', kind: 'home'},
  OUR_CONTENT_PAGE,
  {name: 'lesson + quiz', path: '/kurs/anskaffelsesprosessen/behov-og-planlegging/', kind: 'content'},
  {name: 'directory', path: '/samarbeid/', kind: 'content'},
];

/** @type {BenchPage[]} */
export const BARE_PAGES = [
  {name: 'home', path: '/', kind: 'home'},
  {name: 'docs intro', path: '/docs/intro/', kind: 'content'},
];

/**
 * @param {BenchPage} page
 * @returns {BenchPage}
 */
export function barePageLike(page) {
  const match = BARE_PAGES.find((bare) => bare.kind === page.kind);
  if (!match) throw new Error(`No bare page of kind ${page.kind}`);
  return match;
}
