/**
 * Stands in for the local search plugin's dropdown template for a result (src/plugins/search-query-layer swaps it
 * in): with one result per page, each option is the page's title, with the section where the words are and a
 * short excerpt beneath, instead of a section title such as «Formål» on its own.
 */
import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';
import styles from './searchSuggestionTemplate.module.css';
import {hitHtml} from './searchHitHtml';

/** Characters of excerpt in the narrow dropdown. */
const EXCERPT_LENGTH = 80;

export function SuggestionTemplate(result: SearchResult): string {
  const {title, section, excerpt} = hitHtml(result, EXCERPT_LENGTH);
  return [
    `<span class="${styles.hit}">`,
    `<span class="${styles.title}">${title}</span>`,
    section ? `<span class="${styles.section}">${section}</span>` : '',
    excerpt ? `<span class="${styles.excerpt}">${excerpt}</span>` : '',
    '</span>',
  ].join('');
}
