/**
 * Puts our own modules in place of three of the local search plugin's, while its index and worker stay as they are:
 * the worker bridge (src/browser/searchByWorker.ts: glossary synonyms, compounds, one result per page, used by the
 * search bar and the search page) and the dropdown's templates for a result (the page first, then the section) and
 * for no results (the nearest glossary terms). Only the plugin's own relative imports are swapped; the stand-ins
 * import the originals by their package path, which is left alone.
 */
import {realpathSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import webpack from 'webpack';

const browser = (file: string) => path.resolve(__dirname, '../../browser', file);

/** The plugin's relative import, and what takes its place. */
const STAND_INS: Record<string, string> = {
  '../searchByWorker': browser('searchByWorker.ts'),
  './EmptyTemplate': browser('searchEmptyTemplate.ts'),
  './SuggestionTemplate': browser('searchSuggestionTemplate.ts'),
  './SearchPage': browser('searchPage.tsx'),
};

export default function searchQueryLayer(): Plugin<void> {
  const pluginDir = realpathSync(path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json')));
  const requests = Object.keys(STAND_INS).map((request) => request.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return {
    name: 'search-query-layer',
    configureWebpack: () => ({
      plugins: [
        new webpack.NormalModuleReplacementPlugin(new RegExp(`^(${requests.join('|')})$`), (resource) => {
          const standIn = STAND_INS[resource.request];
          if (standIn && resource.context.startsWith(pluginDir)) resource.request = standIn;
        }),
      ],
    }),
  };
}
