/**
 * What the local search leaves out of its index. The plugin indexes everything inside a page's <article>; some of
 * that is page furniture a reader never searches for (breadcrumbs, the mobile table of contents, the edit footer)
 * or interface text that only means something in the browser (progress, quiz controls, status lines,
 * document metadata). Components that render such text put SEARCH_IGNORE_CLASS on it.
 */
export const SEARCH_IGNORE_CLASS = 'search-ignore';

export const SEARCH_IGNORE_SELECTORS: readonly string[] = [
  `.${SEARCH_IGNORE_CLASS}`,
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.theme-doc-version-badge',
  'noscript',
];
