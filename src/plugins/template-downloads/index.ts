import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {isTemplate} from '../../lib/templateMarker';
import {buildTemplateDocx} from '../../lib/templateDocx';
import {templateDownloadPath} from '../../lib/documentMeta';

export type Template = {file: string; id: string; permalink: string};

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
    }));
}

/** Writes a Word file for every handbook template into build/maler/, generated from the template's MDX. */
export default function templateDownloads(context: LoadContext): Plugin<void> {
  let templates: Template[] = [];
  let permalinks = new Map<string, string>();
  return {
    name: 'template-downloads',
    allContentLoaded({allContent}) {
      const instances = allContent['docusaurus-plugin-content-docs'] as DocsInstances;
      templates = templatesIn(instances?.default, context.siteDir);
      permalinks = permalinksIn(instances);
    },
    async postBuild({outDir}) {
      for (const template of templates) {
        const target = path.join(outDir, templateDownloadPath(template.id));
        await mkdir(path.dirname(target), {recursive: true});
        const docx = await buildTemplateDocx({
          source: await readFile(template.file, 'utf8'),
          links: {
            siteUrl: context.siteConfig.url,
            baseUrl: context.siteConfig.baseUrl,
            file: path.relative(context.siteDir, template.file).split(path.sep).join('/'),
            permalink: template.permalink,
            permalinks,
          },
        });
        await writeFile(target, docx);
      }
    },
  };
}
