/**
 * The preset's blog plugin, with feeds that name their own address and language
 * (src/lib/feedLinks.ts). Docusaurus runs all plugins' postBuild hooks at once,
 * so a separate plugin could read the feeds before the blog has written them:
 * the fix runs inside the blog's own postBuild, after it.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import pluginContentBlog from '@docusaurus/plugin-content-blog';
import type {PluginOptions} from '@docusaurus/plugin-content-blog';
import {feedUrl, withSelfLink, type FeedKind} from '../../lib/feedLinks';

export {validateOptions} from '@docusaurus/plugin-content-blog';

const FILES: Record<FeedKind, string> = {rss: 'rss.xml', atom: 'atom.xml'};

export default async function blogWithFeedLinks(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<unknown>> {
  const blog = (await pluginContentBlog(context, options)) as Plugin<unknown>;
  const {url, baseUrl} = context.siteConfig;
  const language = options.feedOptions.language ?? context.i18n.currentLocale;
  const kinds = (options.feedOptions.type ?? []).filter((t): t is FeedKind => t in FILES);
  return {
    ...blog,
    async postBuild(props) {
      await blog.postBuild?.(props);
      for (const kind of kinds) {
        const file = path.join(props.outDir, options.routeBasePath, FILES[kind]);
        const selfUrl = feedUrl(url, baseUrl, options.routeBasePath, FILES[kind]);
        await writeFile(file, withSelfLink(await readFile(file, 'utf8'), kind, selfUrl, language));
      }
    },
  };
}
