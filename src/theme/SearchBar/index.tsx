/**
 * The local search bar brings lunr, the Norwegian stemmer and its worker
 * bridge: a tenth of the JavaScript a reading page would otherwise load. Most
 * readers never search, so the page ships a plain search field and fetches the
 * real search bar the moment the reader reaches for it (pointer, touch, focus
 * or the keyboard shortcut). What was typed meanwhile is handed over.
 */
import React, {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type RefObject,
} from 'react';
import {flushSync} from 'react-dom';
import clsx from 'clsx';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import type {LoadedSearchBarProps} from './LoadedSearchBar';
import {typeInto} from '@site/src/browser/typeInto';
import styles from './styles.module.css';

type Props = WrapperProps<typeof SearchBarType>;
type Status = 'idle' | 'loading' | 'failed';

/** Links from search results carry the words to highlight; the real search bar does the highlighting. */
const wantsHighlight = (search: string) => new URLSearchParams(search).has('_highlight');

const isSearchShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';

type FieldProps = {field: RefObject<HTMLInputElement | null>; status: Status; onActivate: () => void};

/**
 * The plain field shown until the real search bar has arrived. Without JavaScript, or when the search bar could not
 * be loaded, it submits to the search page (`/search/?q=…`); while the search bar is on its way, Enter waits for it.
 */
function SearchField({field, status, onActivate}: FieldProps): React.ReactElement {
  const searchPage = useBaseUrl('/search/');
  const label = translate({id: 'theme.SearchBar.label', message: 'Søk'});

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      field.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [field]);

  return (
    <form
      className={clsx('navbar__search', styles.searchForm)}
      role="search"
      action={searchPage}
      onSubmit={(event) => {
        if (status !== 'failed') event.preventDefault();
      }}
    >
      <input
        ref={field}
        name="q"
        className={clsx('navbar__search-input', styles.searchField)}
        placeholder={label}
        aria-label={label}
        aria-busy={status === 'loading'}
        autoComplete="off"
        onFocus={onActivate}
        onPointerEnter={onActivate}
        onTouchStart={onActivate}
      />
      {status === 'loading' && <span className={styles.loadingRing} aria-hidden="true" />}
    </form>
  );
}

/**
 * The real search bar mounts hidden first: it works out which part of the site
 * it searches in its first effects, and taking focus before that would load the
 * whole site's index. Two frames later the swap happens in one task, so the
 * field's text and focus move across without a keystroke in between.
 */
function useSwapWhenSettled(
  Loaded: unknown,
  field: RefObject<HTMLInputElement | null>,
  loadedContainer: RefObject<HTMLDivElement | null>,
): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!Loaded) return undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const value = field.current?.value ?? '';
        const focused = !!field.current && document.activeElement === field.current;
        flushSync(() => setShown(true));
        const input = loadedContainer.current?.querySelector('input');
        if (!input) return;
        if (value) typeInto(input, value);
        if (focused) input.focus();
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [Loaded, field, loadedContainer]);
  return shown;
}

/** DocSearch's own button is light and loads its dialog when used, so with Algolia the bar is fetched at once. */
const DocSearchBar = lazy(() => import('./LoadedSearchBar'));

function AlgoliaSearchBar(props: Props): React.ReactElement {
  const field = useRef<HTMLInputElement>(null);
  // Until DocSearch arrives, or if it cannot be loaded, the plain field searches through the search page.
  const plainField = <SearchField field={field} status="failed" onActivate={() => undefined} />;
  return (
    <ErrorBoundary fallback={() => plainField}>
      <Suspense fallback={plainField}>
        <DocSearchBar {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function LocalSearchBar(props: Props): React.ReactElement {
  const location = useLocation();
  const field = useRef<HTMLInputElement>(null);
  const loadedContainer = useRef<HTMLDivElement>(null);
  const [Loaded, setLoaded] = useState<ComponentType<LoadedSearchBarProps> | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const shown = useSwapWhenSettled(Loaded, field, loadedContainer);

  const load = useCallback(() => {
    if (status === 'loading' || Loaded) return;
    setStatus('loading');
    import('./LoadedSearchBar').then(
      ({default: Component}) => {
        setLoaded(() => Component);
        setStatus('idle');
      },
      () => setStatus('failed'),
    );
  }, [status, Loaded]);

  useEffect(() => {
    // A search result opened with ?_highlight= needs the real search bar, which marks the words; the effect starts
    // that download, and the state it sets is the field's loading status, not something derivable in render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (wantsHighlight(location.search)) load();
  }, [location.search, load]);

  const message = {
    idle: '',
    loading: translate({id: 'site.search.loading', message: 'Laster søket …'}),
    failed: translate({
      id: 'site.search.failed',
      message: 'Søket kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.',
    }),
  }[status];

  return (
    <>
      {Loaded && (
        <div ref={loadedContainer} className={shown ? styles.loaded : styles.waiting}>
          <Loaded {...props} />
        </div>
      )}
      {!shown && <SearchField field={field} status={Loaded ? 'loading' : status} onActivate={load} />}
      <span className="sr-only" role="status">
        {message}
      </span>
    </>
  );
}

/** The navbar search: the local search bar on demand, or DocSearch when the build switched Algolia on. */
export default function SearchBar(props: Props): React.ReactElement {
  const {siteConfig} = useDocusaurusContext();
  return siteConfig.themeConfig.algolia ? <AlgoliaSearchBar {...props} /> : <LocalSearchBar {...props} />;
}
