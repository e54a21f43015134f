/**
 * The local search bar brings lunr, the Norwegian stemmer and its worker
 * bridge: a fifth of the JavaScript a reading page would otherwise load. Most
 * readers never search, so the page ships a plain search field and fetches the
 * real search bar the moment the reader reaches for it (pointer, touch, focus
 * or the keyboard shortcut). What was typed meanwhile is handed over.
 */
import React, {useCallback, useEffect, useRef, useState, type ComponentType} from 'react';
import clsx from 'clsx';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {Handover, LoadedSearchBarProps} from './LoadedSearchBar';
import styles from './styles.module.css';

type Props = WrapperProps<typeof SearchBarType>;

/** Links from search results carry the words to highlight; the real search bar does the highlighting. */
const wantsHighlight = (search: string) => new URLSearchParams(search).has('_highlight');

const isSearchShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';

export default function SearchBar(props: Props): React.ReactElement {
  const location = useLocation();
  const searchPage = useBaseUrl('/search/');
  const field = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<{Component: ComponentType<LoadedSearchBarProps>; handover: Handover} | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');

  const load = useCallback(() => {
    if (status === 'loading' || loaded) return;
    setStatus('loading');
    import('./LoadedSearchBar').then(
      ({default: Component}) => {
        const input = field.current;
        setLoaded({Component, handover: {value: input?.value ?? '', focused: !!input && document.activeElement === input}});
        setStatus('idle');
      },
      () => setStatus('failed'),
    );
  }, [status, loaded]);

  useEffect(() => {
    if (wantsHighlight(location.search)) load();
  }, [location.search, load]);

  useEffect(() => {
    if (loaded) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      field.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [loaded]);

  const label = translate({id: 'theme.SearchBar.label', message: 'Søk'});
  const message = {
    idle: '',
    loading: translate({id: 'site.search.loading', message: 'Laster søket …'}),
    failed: translate({id: 'site.search.failed', message: 'Søket kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.'}),
  }[status];

  return (
    <>
      {loaded ? (
        <loaded.Component {...props} handover={loaded.handover} />
      ) : (
        <form className={clsx('navbar__search', styles.searchForm)} role="search" action={searchPage} onSubmit={(event) => event.preventDefault()}>
          <input
            ref={field}
            name="q"
            className={clsx('navbar__search-input', styles.searchField)}
            placeholder={label}
            aria-label={label}
            aria-busy={status === 'loading'}
            autoComplete="off"
            onFocus={load}
            onPointerEnter={load}
            onTouchStart={load}
          />
          {status === 'loading' && <span className={styles.loadingRing} aria-hidden="true" />}
        </form>
      )}
      <span className="sr-only" role="status">
        {message}
      </span>
    </>
  );
}
