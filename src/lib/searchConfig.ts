/**
 * Chooses the search theme at build time. The embedded lunr search is the
 * default; Algolia DocSearch replaces it only when a deployment supplies all
 * three Algolia variables, so the two themes are never loaded together.
 */
import {ROUTE_BASES} from '../data/routes';
import {SEARCH_IGNORE_SELECTORS} from './searchIndexing';

const ALGOLIA_ENV_KEYS = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

type AlgoliaEnvKey = (typeof ALGOLIA_ENV_KEYS)[number];
export type SearchEnv = Partial<Record<AlgoliaEnvKey | string, string | undefined>>;

export type AlgoliaThemeConfig = {
  appId: string;
  apiKey: string;
  indexName: string;
  contextualSearch: boolean;
  searchPagePath: string;
};

/** Instances indexed by the local search, in the order of docusaurus.config.ts. */
const LOCAL_SEARCH_DOCS = [
  {dir: 'docs', routeBasePath: ROUTE_BASES.handbook},
  {dir: 'guides', routeBasePath: ROUTE_BASES.guides},
  {dir: 'courses', routeBasePath: ROUTE_BASES.courses},
] as const;

const LOCAL_SEARCH_OPTIONS = {
  hashed: true,
  // lunr-languages has no `nb`; `no` is its Norwegian (bokmål) stemmer.
  language: ['no'],
  indexDocs: true,
  docsDir: LOCAL_SEARCH_DOCS.map((d) => d.dir),
  docsRouteBasePath: LOCAL_SEARCH_DOCS.map((d) => d.routeBasePath),
  indexBlog: true,
  blogDir: ['blog'],
  blogRouteBasePath: [ROUTE_BASES.news],
  indexPages: true,
  explicitSearchResultPath: true,
  searchResultLimits: 8,
  searchBarShortcutHint: false,
  // One index per part of the site, so a reader in a guide downloads only the guides' index.
  // Pages outside the parts (the landing page, /om, /samarbeid) search everything.
  searchContextByPaths: [
    {label: 'Håndbok', path: ROUTE_BASES.handbook},
    {label: 'Veiledere', path: ROUTE_BASES.guides},
    {label: 'Kurs', path: ROUTE_BASES.courses},
    {label: 'Nyheter', path: ROUTE_BASES.news},
  ],
  useAllContextsWithNoSearchContext: true,
  ignoreCssSelectors: [...SEARCH_IGNORE_SELECTORS],
};

export type SearchSetup =
  | {
      kind: 'local';
      themes: [[string, typeof LOCAL_SEARCH_OPTIONS]];
      algolia: undefined;
    }
  | {kind: 'algolia'; themes: []; algolia: AlgoliaThemeConfig};

/**
 * Hosts the browser must reach to search, for the Content-Security-Policy's connect-src: none for the local search,
 * which loads its index from the site itself; Algolia's query host for the app and its three fallbacks for DocSearch.
 */
export function searchConnectSources(setup: SearchSetup): string[] {
  if (setup.kind === 'local') return [];
  const app = setup.algolia.appId.toLowerCase();
  return [`https://${app}-dsn.algolia.net`, ...[1, 2, 3].map((n) => `https://${app}-${n}.algolianet.com`)];
}

/** Relative to the site folder, as Docusaurus resolves a local theme. */
export const LOCAL_SEARCH_THEME = './src/plugins/search-local-slim/index.ts';

export function resolveSearchSetup(env: SearchEnv): SearchSetup {
  const present = ALGOLIA_ENV_KEYS.filter((key) => (env[key] ?? '').trim() !== '');

  if (present.length === 0) {
    return {
      kind: 'local',
      // @easyops-cn/docusaurus-search-local, with its index made smaller after the build.
      themes: [[LOCAL_SEARCH_THEME, LOCAL_SEARCH_OPTIONS]],
      algolia: undefined,
    };
  }

  if (present.length < ALGOLIA_ENV_KEYS.length) {
    const missing = ALGOLIA_ENV_KEYS.filter((key) => !present.includes(key));
    // A half-configured Algolia is a deployment mistake; silently falling back
    // to local search would hide it.
    throw new Error(
      `Algolia-søk er bare delvis satt opp. Mangler: ${missing.join(', ')}. ` +
        `Sett alle tre (${ALGOLIA_ENV_KEYS.join(', ')}) eller ingen av dem.`,
    );
  }

  return {
    kind: 'algolia',
    themes: [],
    algolia: {
      appId: env.ALGOLIA_APP_ID!.trim(),
      apiKey: env.ALGOLIA_SEARCH_API_KEY!.trim(),
      indexName: env.ALGOLIA_INDEX_NAME!.trim(),
      contextualSearch: false,
      searchPagePath: 'search',
    },
  };
}
