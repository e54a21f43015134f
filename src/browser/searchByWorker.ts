/**
 * Stands in for the local search plugin's searchByWorker (src/plugins/search-query-layer swaps it in for the search
 * bar and the search page): the reader's query first, then the same query in the glossary's terms, then, when that
 * finds little, the reading of a compound as two words whose parts are most plainly real words. One result per page.
 */
import * as upstream from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';
import {GLOSSARY} from '@site/src/data/glossary';
import {glossaryAliases, glossaryWords, onePerPage, queryRewrites, realReadingScore} from '@site/src/lib/searchQuery';

export const {fetchIndexesByWorker} = upstream;

const ALIASES = glossaryAliases(GLOSSARY);
const GLOSSARY_WORDS = glossaryWords(GLOSSARY);

/** Below this many pages, the query is also read as a compound. */
const FEW_PAGES = 3;
/** Readings tried at most: a long word has many, and each is a search. */
const MAX_COMPOUND_TRIES = 24;

type Results = Awaited<ReturnType<typeof upstream.searchByWorker>>;

export async function searchByWorker(
  baseUrl: string,
  searchContext: string,
  input: string,
  limit: number,
): Promise<Results> {
  const run = (query: string) => upstream.searchByWorker(baseUrl, searchContext, query, limit);
  const {terms, compounds} = queryRewrites(input, ALIASES);
  let results = onePerPage([...(await run(input)), ...(await Promise.all(terms.map(run))).flat()]);
  if (results.length < FEW_PAGES) {
    let best: {score: number; found: Results} = {score: 0, found: []};
    for (const reading of compounds.slice(0, MAX_COMPOUND_TRIES)) {
      const found = await run(reading);
      const matched = found.flatMap((result) => Object.keys(result.metadata ?? {}));
      const score = found.length ? realReadingScore(reading, matched, GLOSSARY_WORDS) : 0;
      if (score > best.score) best = {score, found};
    }
    results = onePerPage([...results, ...best.found]);
  }
  return results.slice(0, limit);
}
