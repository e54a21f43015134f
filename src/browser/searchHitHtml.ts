/**
 * A search result as the reader sees it, in HTML with the query's words marked: the page's title, then the section
 * where the words are and a short excerpt. Shared by the dropdown and the search page.
 */
import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';
import {highlight} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight.js';
import {Mark} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated.js';
import {excerptAround, pageHit} from '@site/src/lib/searchResults';

export type HitHtml = {title: string; section?: string; excerpt?: string; url: string};

export function hitHtml(result: SearchResult, excerptLength: number): HitHtml {
  const {title, section, excerpt, url} = pageHit(result);
  const {tokens} = result;
  // The words to mark on the opened page ride along as ?_highlight=, which the plugin reads when Mark is on.
  const params = new URLSearchParams(tokens.map((token) => ['_highlight', token]));
  const [path, hash = ''] = url.split('#');
  const search = Mark && tokens.length ? `?${params.toString()}` : '';
  return {
    title: highlight(title, tokens),
    ...(section ? {section: highlight(section, tokens)} : {}),
    ...(excerpt ? {excerpt: highlight(excerptAround(excerpt, tokens, excerptLength), tokens)} : {}),
    url: `${path}${search}${hash ? `#${hash}` : ''}`,
  };
}
