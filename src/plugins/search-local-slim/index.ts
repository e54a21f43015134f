/**
 * The local search plugin as it is, with one step after its own: the index files it wrote lose their term positions
 * (src/lib/searchIndexSlim.ts), so the first search downloads a third less. Its options are validated by the plugin's
 * own validateOptions. Wrapping keeps the order: Docusaurus runs the plugins' postBuild steps side by side.
 */
import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import * as searchLocalModule from '@easyops-cn/docusaurus-search-local';
import {withoutPositions} from '../../lib/searchIndexSlim';

// The package's types describe only its options; its entry point (a plugin and its option check) is typed here.
const searchLocal = searchLocalModule as unknown as {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: (context: OptionValidationContext<PluginOptions, PluginOptions>) => PluginOptions;
};

export const validateOptions = searchLocal.validateOptions;

const INDEX_FILE = /^search-index.*\.json$/;

async function slimIndexes(outDir: string): Promise<void> {
  const files = (await readdir(outDir)).filter((file) => INDEX_FILE.test(file));
  await Promise.all(
    files.map(async (file) => {
      const target = path.join(outDir, file);
      await writeFile(target, JSON.stringify(withoutPositions(JSON.parse(await readFile(target, 'utf8')))));
    }),
  );
}

export default function searchLocalSlim(context: LoadContext, options: PluginOptions): Plugin {
  const plugin = searchLocal.default(context, options);
  const postBuild = plugin.postBuild;
  return {
    ...plugin,
    async postBuild(props) {
      await postBuild?.call(plugin, props);
      await slimIndexes(props.outDir);
    },
  };
}
