/**
 * Stands in for the local search plugin's search page content (src/plugins/search-query-layer swaps it in; the
 * site's src/theme/SearchPage still wraps the plugin's page): one result per page, titled with the page's title and
 * linking to the best-matching section, which is named beneath with a short excerpt; and, when nothing is found, the
 * nearest glossary terms instead of a bare «Fant ingen sider». The query, the part of the site and the worker are
 * the plugin's.
 */
import React, {useEffect, useMemo, useState} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import useSearchQuery from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/hooks/useSearchQuery.js';
import LoadingRing from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing.jsx';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage/SearchPage.module.css';
import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';
import {normalizeContextByPath} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/normalizeContextByPath.js';
import {
  searchContextByPaths,
  useAllContextsWithNoSearchContext,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated.js';
import SearchSuggestions from '@site/src/components/SearchSuggestions';
import {fetchIndexesByWorker, searchByWorker} from './searchByWorker';
import {hitHtml} from './searchHitHtml';

/** Results listed at most. */
const LIMIT = 100;
/** Characters of excerpt under a result. */
const EXCERPT_LENGTH = 160;

function Hit({result}: {result: SearchResult}): React.ReactElement {
  const {title, section, excerpt, url} = hitHtml(result, EXCERPT_LENGTH);
  return (
    <article className={styles.searchResultItem}>
      <Heading as="h2">
        <Link to={url} dangerouslySetInnerHTML={{__html: title}} />
      </Heading>
      {section && <p className={styles.searchResultItemPath} dangerouslySetInnerHTML={{__html: section}} />}
      {excerpt && <p className={styles.searchResultItemSummary} dangerouslySetInnerHTML={{__html: excerpt}} />}
    </article>
  );
}

function SearchPageContent(): React.ReactElement {
  const {
    siteConfig: {baseUrl},
    i18n: {currentLocale},
  } = useDocusaurusContext();
  const {selectMessage} = usePluralForm();
  const {searchValue, searchContext, searchVersion, updateSearchPath, updateSearchContext} = useSearchQuery();
  const [query, setQuery] = useState(searchValue);
  const [results, setResults] = useState<SearchResult[]>();
  const [ready, setReady] = useState(false);
  const versionUrl = `${baseUrl}${searchVersion}`;
  // Results of an earlier query are not shown once the field is cleared.
  const shown = query ? results : undefined;
  const contexts = Array.isArray(searchContextByPaths) ? searchContextByPaths : undefined;

  const title = useMemo(
    () =>
      query
        ? translate({id: 'theme.SearchPage.existingResultsTitle', message: 'Søkeresultater for «{query}»'}, {query})
        : translate({id: 'theme.SearchPage.emptyResultsTitle', message: 'Søk i Innkjøpsportalen'}),
    [query],
  );

  useEffect(() => {
    updateSearchPath(query);
    if (!query) return undefined;
    let current = true;
    void searchByWorker(versionUrl, searchContext, query, LIMIT).then((found) => {
      if (current) setResults(found);
    });
    return () => {
      current = false;
    };
    // updateSearchPath changes on every navigation, which this effect itself causes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, versionUrl, searchContext]);

  useEffect(() => {
    // A new ?q= (from the navbar) replaces what is in the field.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (searchValue && searchValue !== query) setQuery(searchValue);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchValue]);

  useEffect(() => {
    const needsIndex = !contexts || searchContext || useAllContextsWithNoSearchContext;
    void (needsIndex ? fetchIndexesByWorker(versionUrl, searchContext) : Promise.resolve()).then(() => setReady(true));
  }, [contexts, searchContext, versionUrl]);

  return (
    <>
      <Head>
        {/* Search pages are not for search engines. */}
        <meta property="robots" content="noindex, follow" />
        <title>{title}</title>
      </Head>
      <div className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <div className="row">
          <div className={clsx('col', contexts ? ['col--9', styles.searchQueryColumn] : 'col--12')}>
            <input
              type="search"
              name="q"
              className={styles.searchQueryInput}
              aria-label={translate({id: 'theme.SearchPage.inputLabel', message: 'Søk i Innkjøpsportalen'})}
              onChange={(event) => setQuery(event.target.value)}
              value={query}
              autoComplete="off"
            />
          </div>
          {contexts && (
            <div className={clsx('col', 'col--3', 'padding-left--none', styles.searchContextColumn)}>
              <select
                name="search-context"
                className={styles.searchContextInput}
                aria-label={translate({id: 'theme.SearchPage.contextLabel', message: 'Del av portalen å søke i'})}
                value={searchContext}
                onChange={(event) => updateSearchContext(event.target.value)}
              >
                {useAllContextsWithNoSearchContext && (
                  <option value="">
                    {translate({id: 'theme.SearchPage.searchContext.everywhere', message: 'Overalt'})}
                  </option>
                )}
                {contexts.map((context) => {
                  const {label, path} = normalizeContextByPath(context, currentLocale);
                  return (
                    <option key={path} value={path}>
                      {label}
                    </option>
                  );
                })}
              </select>
            </div>
          )}
        </div>
        {!ready && query && <LoadingRing />}
        {shown &&
          (shown.length > 0 ? (
            <p role="status">
              {selectMessage(
                shown.length,
                translate(
                  {id: 'theme.SearchPage.documentsFound.plurals', message: 'Ett treff|{count} treff'},
                  {count: shown.length},
                ),
              )}
            </p>
          ) : (
            <SearchSuggestions query={query} />
          ))}
        <section>
          {shown?.map((result) => (
            <Hit key={result.document.i} result={result} />
          ))}
        </section>
      </div>
    </>
  );
}

export default function SearchPage(): React.ReactElement {
  return (
    <Layout>
      <SearchPageContent />
    </Layout>
  );
}
