// Builds of the site other than the default, shared by scripts/build-variants.mjs and the browser tests' setup.

/** The Algolia values of the test build: any app id will do, since the tests answer its requests themselves. */
export const TEST_ALGOLIA = {
  ALGOLIA_APP_ID: 'TESTAPP123',
  ALGOLIA_SEARCH_API_KEY: 'test-search-only-key',
  ALGOLIA_INDEX_NAME: 'innkjopsportalen',
};

export const VARIANTS = [
  {
    name: 'sub-path',
    description: 'BASE_URL=/innkjop/',
    dir: '.test-builds/sub-path',
    basePath: '/innkjop/',
    env: {BASE_URL: '/innkjop/'},
  },
  {
    name: 'algolia',
    description: 'Algolia DocSearch',
    dir: '.test-builds/algolia',
    basePath: '/',
    env: TEST_ALGOLIA,
  },
];
