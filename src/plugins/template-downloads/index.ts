import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import matter from 'gray-matter';
import {isTemplate} from '../../lib/templateMarker';
import {buildTemplateDocx} from '../../lib/templateDocx';
import {templateDownloadPath} from '../../lib/documentMeta';

type Template = {file: string; id: string; route: string};

/** Routes of docs in `docs/` as the docs plugin makes them: folder index → folder, slug front matter respected. */
function routeOf(relative: string, slug: unknown): string {
  if (typeof slug === 'string') return `/handbok${slug.endsWith('/') ? slug : `${slug}/`}`;
  const withoutExt = relative.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return `/handbok/${withoutExt}${withoutExt ? '/' : ''}`;
}

async function findTemplates(docsDir: string): Promise<Template[]> {
  const entries = await readdir(docsDir, {recursive: true, withFileTypes: true});
  const templates: Template[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name) || entry.name.startsWith('_')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const {data} = matter(await readFile(file, 'utf8'));
    if (!isTemplate(data)) continue;
    templates.push({
      file,
      id: String(data.template_id),
      route: routeOf(path.relative(docsDir, file).split(path.sep).join('/'), data.slug),
    });
  }
  return templates;
}

/** Writes a Word file for every handbook template into build/maler/, generated from the template's MDX. */
export default function templateDownloads(context: LoadContext): Plugin<Template[]> {
  return {
    name: 'template-downloads',
    async loadContent() {
      return findTemplates(path.join(context.siteDir, 'docs'));
    },
    async postBuild({outDir, content}) {
      for (const template of content) {
        const target = path.join(outDir, templateDownloadPath(template.id));
        await mkdir(path.dirname(target), {recursive: true});
        const docx = await buildTemplateDocx({
          source: await readFile(template.file, 'utf8'),
          url: `${context.siteConfig.url}${template.route}`,
        });
        await writeFile(target, docx);
      }
    },
  };
}
