/**
 * Finds the Markdown files a front-matter rule covers and reports every
 * problem with file, field and what was expected. Node-only (reads files),
 * used by the build plugin and by tests against fixtures.
 */
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {checkFrontMatter, type FrontMatterKind, type FrontMatterProblem} from './frontMatterSchema';
import {isTemplate} from './templateMarker';
import {checkTemplateHistory} from './templateHistory';
import {osloIsoDate} from './format';

export type FrontMatterRule = {
  /** Folder relative to the site root. */
  dir: string;
  kind: FrontMatterKind;
  /** `all`: every page must pass; `templates`: only pages that declare template fields. */
  appliesTo: 'all' | 'templates';
  /** File names relative to `dir` that are not covered (e.g. an overview page). */
  exclude?: readonly string[];
};

export type FileProblem = FrontMatterProblem & {file: string};

const MARKDOWN = /\.mdx?$/;

// The core schema keeps `2026-02-30` a string; the default schema would quietly
// turn it into 2 March and hide the editor's mistake.
const parseOptions = {engines: {yaml: (source: string) => yaml.load(source, {schema: yaml.CORE_SCHEMA}) as object}};

async function markdownFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true});
  return entries
    .filter((e) => e.isFile() && MARKDOWN.test(e.name) && !e.name.startsWith('_'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** `today` (ÅÅÅÅ-MM-DD) bounds a template's history dates; the date in Norway unless a test fixes it. */
export async function scanFrontMatter(
  siteDir: string,
  rules: readonly FrontMatterRule[],
  today: string = osloIsoDate(new Date()),
): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  for (const rule of rules) {
    const root = path.join(siteDir, rule.dir);
    for (const file of await markdownFiles(root)) {
      const relativeToRule = path.relative(root, file).split(path.sep).join('/');
      if (rule.exclude?.includes(relativeToRule)) continue;
      const relativeToSite = path.relative(siteDir, file).split(path.sep).join('/');
      let data: Record<string, unknown>;
      try {
        data = matter(await readFile(file, 'utf8'), parseOptions).data;
      } catch (error) {
        problems.push({
          file: relativeToSite,
          field: '(front matter)',
          expected: 'gyldig YAML mellom to linjer med ---',
          received: (error as Error).message.split('\n')[0] ?? 'ukjent feil',
        });
        continue;
      }
      if (rule.appliesTo === 'templates' && !isTemplate(data)) continue;
      const found = [
        ...checkFrontMatter(rule.kind, data),
        ...(rule.kind === 'template' ? checkTemplateHistory(data, today) : []),
      ];
      for (const problem of found) problems.push({file: relativeToSite, ...problem});
    }
  }
  return problems;
}

export function formatProblems(problems: readonly FileProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: felt «${p.field}»: ${p.expected} (fikk: ${p.received})`);
  return `Ugyldig front matter i ${new Set(problems.map((p) => p.file)).size} fil(er):\n${lines.join('\n')}`;
}
