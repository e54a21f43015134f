/**
 * The handbook's templates read from disk, each with the link context the Word-download plugin gives the
 * generator: the permalink of every handbook page, worked out as the docs plugin does (a `slug` in front
 * matter, otherwise the file's path, `index` meaning its folder).
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {isTemplate} from '@site/src/lib/templateMarker';
import type {LinkContext} from '@site/src/lib/docLinks';

export const SITE_ROOT = path.resolve(__dirname, '../..');
export const TEST_SITE = {siteUrl: 'https://innkjop.example.no', baseUrl: '/innkjop/'};

const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

const pages = readdirSync(path.join(SITE_ROOT, 'docs'), {recursive: true, withFileTypes: true})
  .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
  .map((e) => path.relative(SITE_ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
  .map((file) => {
    const source = readFileSync(path.join(SITE_ROOT, file), 'utf8');
    const {data, content} = matter(source, CORE);
    const route =
      typeof data.slug === 'string'
        ? data.slug.replace(/^\//, '')
        : file
            .replace(/^docs\//, '')
            .replace(/\.mdx?$/, '')
            .replace(/(^|\/)index$/, '$1');
    return {file, source, data, content, permalink: `${TEST_SITE.baseUrl}handbok/${route}`};
  });

const permalinks = new Map(pages.map((p) => [p.file, p.permalink]));

export const TEMPLATES = pages
  .filter((p) => isTemplate(p.data))
  .map((p) => ({...p, links: {...TEST_SITE, file: p.file, permalink: p.permalink, permalinks} satisfies LinkContext}));

/** The link context of one template, by its file (`docs/mandat/index.mdx`), as the plugin would give it. */
export function linksFor(file: string): LinkContext {
  const template = TEMPLATES.find((t) => t.file === file);
  if (!template) throw new Error(`Ingen mal i ${file}`);
  return template.links;
}
