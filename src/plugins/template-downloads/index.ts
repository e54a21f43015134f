import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {isTemplate} from '../../lib/templateMarker';
import {buildTemplateDocx} from '../../lib/templateDocx';
import {templateDownloadPath, templateVersionDownloadPath} from '../../lib/documentMeta';
import {snapshotPath} from '../../lib/templateSnapshots';
import {historyEntries} from '../../lib/templateHistory';
import type {Publisher} from '../../data/publisher';

export type Template = {file: string; id: string; permalink: string; versions: string[]};

type DocsInstances = Record<string, DocsContent | undefined> | undefined;

/** The site-relative source file of a doc as the docs plugin names it (`@site/docs/roller/leder.mdx`). */
const siteRelative = (source: string) => source.replace(/^@site\//, '');

/** Every page of every docs instance: its source file, relative to the site folder, and its permalink. */
export function permalinksIn(instances: DocsInstances): Map<string, string> {
  const docs = Object.values(instances ?? {}).flatMap(
    (content) => content?.loadedVersions.flatMap((v) => v.docs) ?? [],
  );
  return new Map(docs.map((doc) => [siteRelative(doc.source), doc.permalink]));
}

/** The handbook's templates as the docs plugin loaded them: its own permalinks (base URL included) and front matter. */
export function templatesIn(content: DocsContent | undefined, siteDir: string): Template[] {
  const docs = content?.loadedVersions.flatMap((version) => version.docs) ?? [];
  return docs
    .filter((doc) => isTemplate(doc.frontMatter))
    .map((doc) => ({
      file: path.join(siteDir, siteRelative(doc.source)),
      id: String(doc.frontMatter.template_id),
      permalink: doc.permalink,
      versions: historyEntries(doc.frontMatter).map((entry) => entry.version),
    }));
}

/** What the pages know about the Word files: their size in bytes by template id, shown on the download button. */
export type TemplateDownloadsData = {sizes: Record<string, number>};

/**
 * Makes a Word file for every handbook template from the template's MDX once the content is loaded (so each
 * page can say how large its file is), and writes them into build/maler/ after the build.
 */
export default function templateDownloads(context: LoadContext): Plugin<void> {
  let files: {template: Template; docx: Buffer}[] = [];
  let permalinks = new Map<string, string>();
  // A snapshot's relative links resolve as they did in the template's own file, so both point to the same pages.
  const build = (template: Template, source: string) =>
    buildTemplateDocx({
      source,
      publisher: context.siteConfig.customFields?.publisher as Publisher | undefined,
      links: {
        siteUrl: context.siteConfig.url,
        baseUrl: context.siteConfig.baseUrl,
        file: path.relative(context.siteDir, template.file).split(path.sep).join('/'),
        permalink: template.permalink,
        permalinks,
      },
    });
  return {
    name: 'template-downloads',
    async allContentLoaded({allContent, actions}) {
      const instances = allContent['docusaurus-plugin-content-docs'] as DocsInstances;
      permalinks = permalinksIn(instances);
      files = await Promise.all(
        templatesIn(instances?.default, context.siteDir).map(async (template) => ({
          template,
          docx: await build(template, await readFile(template.file, 'utf8')),
        })),
      );
      const data: TemplateDownloadsData = {sizes: Object.fromEntries(files.map((f) => [f.template.id, f.docx.length]))};
      actions.setGlobalData(data);
    },
    async postBuild({outDir}) {
      for (const {template, docx} of files) {
        const target = path.join(outDir, templateDownloadPath(template.id));
        await mkdir(path.dirname(target), {recursive: true});
        await writeFile(target, docx);
        // Each released version's file, from its immutable snapshot, so a council can fetch what it adopted.
        for (const version of template.versions) {
          const file = path.join(outDir, templateVersionDownloadPath(template.id, version));
          await mkdir(path.dirname(file), {recursive: true});
          const source = await readFile(path.join(context.siteDir, snapshotPath(template.id, version)), 'utf8');
          await writeFile(file, await build(template, source));
        }
      }
    },
  };
}
