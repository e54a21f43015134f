import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentSecurityPolicy, headersFile, inlineScripts, scriptHash} from '../../lib/securityHeaders';

export type Options = {
  /** Hosts outside the site the browser must reach, such as the search service's (see searchConnectSources). */
  connectSources: string[];
};

/** Writes build/_headers with a CSP that lists the hash of every inline script the build produced. */
export default function securityHeaders(context: LoadContext, options: Options): Plugin<void> {
  return {
    name: 'security-headers',
    async postBuild({outDir}) {
      const files = (await readdir(outDir, {recursive: true, withFileTypes: true})).filter(
        (e) => e.isFile() && e.name.endsWith('.html'),
      );
      const hashes = new Set<string>();
      for (const file of files) {
        for (const script of inlineScripts(await readFile(path.join(file.parentPath, file.name), 'utf8')))
          hashes.add(scriptHash(script));
      }
      await writeFile(
        path.join(outDir, '_headers'),
        headersFile(contentSecurityPolicy([...hashes], options.connectSources), context.baseUrl),
      );
    },
  };
}
