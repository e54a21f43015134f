/**
 * Puts src/browser/searchByWorker.ts between the local search plugin's search bar and search page and its worker,
 * so both answer the reader's words (glossary synonyms, compounds) with one result per page, while the plugin's
 * index and worker stay as they are. Only the plugin's own `../searchByWorker` imports are swapped; the stand-in
 * imports the original by its package path, which is left alone.
 */
import {realpathSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import webpack from 'webpack';

export default function searchQueryLayer(): Plugin<void> {
  const pluginDir = realpathSync(path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json')));
  const standIn = path.resolve(__dirname, '../../browser/searchByWorker.ts');
  return {
    name: 'search-query-layer',
    configureWebpack: () => ({
      plugins: [
        new webpack.NormalModuleReplacementPlugin(/^\.\.\/searchByWorker$/, (resource) => {
          if (resource.context.startsWith(pluginDir)) resource.request = standIn;
        }),
      ],
    }),
  };
}
