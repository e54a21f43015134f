/**
 * Stands in for the local search plugin's dropdown template for no results (src/plugins/search-query-layer swaps it
 * in): instead of a bare «Ingen treff», the glossary terms nearest to the query, each with the page that explains
 * it. The dropdown takes an HTML string; the text is a status, so screen readers hear it when it appears.
 */
import siteConfig from '@generated/docusaurus.config';
import {escapeHtml} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/escapeHtml.js';
import {GLOSSARY} from '@site/src/data/glossary';
import {GLOSSARY_PAGE, NO_RESULTS_TEXT as TEXT, suggestTerms} from '@site/src/lib/searchSuggestions';
import styles from './searchEmptyTemplate.module.css';

const link = (to: string, text: string): string =>
  `<a href="${escapeHtml(`${siteConfig.baseUrl}${to.replace(/^\//, '')}`)}">${escapeHtml(text)}</a>`;

export function EmptyTemplate({query}: {query: string}): string {
  const suggestions = suggestTerms(query, GLOSSARY);
  const items = suggestions.map(
    ({href, term, section}) =>
      `<li>${link(href, term)}${section ? ` – ${escapeHtml(TEXT.explainedIn)} ${link(section.to, section.title)}` : ''}</li>`,
  );
  const onward = items.length
    ? `<p>${escapeHtml(TEXT.intro)}</p><ul>${items.join('')}</ul>`
    : `<p>${escapeHtml(TEXT.tryGlossary)} ${link(GLOSSARY_PAGE, TEXT.glossaryLink)}.</p>`;
  return `<div class="${styles.noResults}" role="status"><p>${escapeHtml(TEXT.nothingFound(query))}</p>${onward}</div>`;
}
