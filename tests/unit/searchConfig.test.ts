import {afterEach, describe, expect, it, vi} from 'vitest';
import {LOCAL_SEARCH_THEME, resolveSearchSetup} from '@site/src/lib/searchConfig';
import {ROUTE_BASES} from '@site/src/data/routes';

const ALGOLIA = {ALGOLIA_APP_ID: 'APP123', ALGOLIA_SEARCH_API_KEY: 'public-key', ALGOLIA_INDEX_NAME: 'innkjop'};

describe('resolveSearchSetup', () => {
  it('uses the local lunr search with the Norwegian stemmer by default', () => {
    const setup = resolveSearchSetup({});
    expect(setup.kind).toBe('local');
    expect(setup.algolia).toBeUndefined();
    const [[name, options]] = setup.themes as [[string, {language: string[]; docsRouteBasePath: string[]}]];
    expect(name).toBe(LOCAL_SEARCH_THEME);
    expect(options.language).toEqual(['no']);
    expect(options.docsRouteBasePath).toEqual([ROUTE_BASES.handbook, ROUTE_BASES.guides, ROUTE_BASES.courses]);
  });

  it('treats blank variables as unset', () => {
    expect(resolveSearchSetup({ALGOLIA_APP_ID: ' ', ALGOLIA_SEARCH_API_KEY: '', ALGOLIA_INDEX_NAME: ''}).kind).toBe(
      'local',
    );
  });

  it('switches to Algolia, and only Algolia, when all three variables are set', () => {
    const setup = resolveSearchSetup(ALGOLIA);
    expect(setup.kind).toBe('algolia');
    expect(setup.themes).toEqual([]);
    expect(setup.algolia).toMatchObject({appId: 'APP123', apiKey: 'public-key', indexName: 'innkjop'});
  });

  it('refuses a half-configured Algolia and names what is missing', () => {
    expect(() => resolveSearchSetup({ALGOLIA_APP_ID: 'APP123'})).toThrow(/ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME/);
  });
});

describe('docusaurus.config.ts search switch', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function loadConfig() {
    vi.resetModules();
    return (await import('@site/docusaurus.config')).default;
  }

  it('builds with the local search theme and no Algolia config by default', async () => {
    for (const key of Object.keys(ALGOLIA)) vi.stubEnv(key, '');
    const config = await loadConfig();
    expect(JSON.stringify(config.themes)).toContain(LOCAL_SEARCH_THEME);
    expect(config.themeConfig).not.toHaveProperty('algolia');
  });

  it('builds with Algolia DocSearch and without the local theme when the variables are set', async () => {
    for (const [key, value] of Object.entries(ALGOLIA)) vi.stubEnv(key, value);
    const config = await loadConfig();
    expect(config.themes).toEqual([]);
    expect(config.themeConfig).toHaveProperty('algolia.indexName', 'innkjop');
  });
});
