/**
 * The editor commands `template:new` and `template:release`, planned in full
 * over a FileStore before anything is written: bad input is refused with a
 * Norwegian message and no file changes. Each version gets its history entry
 * (front matter), its snapshot (with its hash in the manifest) and its
 * change-log post, the post generated from the history entry.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {handbookPath} from '../data/routes';
import {checkFrontMatter} from './frontMatterSchema';
import {isTemplate} from './templateMarker';
import {compareVersions, isSemver} from './semver';
import {HISTORY_ANCHOR, checkTemplateHistory, type HistoryEntry} from './templateHistory';
import {MANIFEST_PATH, manifestWith, parseManifest, snapshotPath} from './templateSnapshots';
import type {FileStore} from './fileStore';

export class TemplateCommandError extends Error {}

export type Write = {file: string; text: string};

type TemplateFile = {file: string; source: string; data: Record<string, unknown>};

const DOCS = 'docs';
const TAGS_FILE = 'blog/tags.yml';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIRST_DRAFT = '0.1.0';
const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

const fail = (message: string): never => {
  throw new TemplateCommandError(message);
};

/** A YAML scalar on one line, quoted only when it needs to be. */
const scalar = (value: string) => yaml.dump(value, {lineWidth: -1}).trimEnd();

/** Text that reads the same in MDX: braces and angle brackets would otherwise start code or a component. */
const mdxText = (text: string) => text.replace(/[\\{}<>[\]*_]/g, (c) => `\\${c}`);

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

async function templates(files: FileStore): Promise<TemplateFile[]> {
  const found: TemplateFile[] = [];
  for (const file of await files.list(DOCS)) {
    if (!/\.mdx?$/.test(file)) continue;
    const source = (await files.read(file))!;
    const {data} = matter(source, CORE);
    if (isTemplate(data)) found.push({file, source, data});
  }
  return found;
}

/** The page's address as the docs plugin makes it: an absolute `slug`, or the file's path with `index` as its folder. */
export function templatePermalink(file: string, data: Record<string, unknown>): string {
  if (typeof data.slug === 'string' && data.slug.startsWith('/')) {
    const slug = data.slug.replace(/^\/+|\/+$/g, '');
    return handbookPath(slug === '' ? '' : `${slug}/`);
  }
  const relative = file.replace(new RegExp(`^${DOCS}/`), '').replace(/\.mdx?$/, '');
  const route = relative.replace(/(^|\/)index$/, '');
  return handbookPath(route === '' ? '' : `${route}/`);
}

export function releasePostPath(id: string, entry: HistoryEntry): string {
  return `blog/${entry.date}-${id}-${entry.version.replace(/\./g, '-')}.md`;
}

/** The change-log post for one history entry: what the news list, the tag page and the RSS and Atom feeds show. */
export function releasePost(
  template: {id: string; title: string; permalink: string; isNew?: boolean},
  entry: HistoryEntry,
): string {
  const first = template.isNew === true;
  const heading = first ? `Ny mal: ${template.title}` : `${template.title}: versjon ${entry.version}`;
  const lead = first
    ? `Et utkast til en ny mal, [${mdxText(template.title)}](${template.permalink}), er lagt ut i versjon ${entry.version}.`
    : `Malen [${mdxText(template.title)}](${template.permalink}) er nå i versjon ${entry.version}.`;
  return [
    '---',
    `title: ${scalar(heading)}`,
    `slug: ${template.id}-versjon-${entry.version.replace(/\./g, '-')}`,
    `date: ${entry.date}`,
    'authors: [redaksjonen]',
    `tags: [endringslogg, maler, ${template.id}]`,
    '---',
    '',
    lead,
    '',
    `Hva er endret: ${mdxText(entry.changes)}`,
    '',
    `Se [versjonshistorikken og tidligere versjoner](${template.permalink}#${HISTORY_ANCHOR}).`,
    '',
    // The news list shows what is above the marker: the version, what changed and where the history is.
    '{/* truncate */}',
    '',
    `Godkjent av: ${mdxText(entry.approved_by)}.`,
    '',
  ].join('\n');
}

function historyLines(entry: HistoryEntry): string[] {
  return [
    `  - version: ${entry.version}`,
    `    date: ${entry.date}`,
    `    changes: ${scalar(entry.changes)}`,
    `    approved_by: ${scalar(entry.approved_by)}`,
  ];
}

/** The page with a new version: `version`, `last_reviewed`, a draft made current, and one more history entry. */
export function withRelease(source: string, entry: HistoryEntry): string {
  const end = source.indexOf('\n---', 4);
  const lines = source.slice(4, end).split('\n');
  const set = (key: string, value: string) => {
    const i = lines.findIndex((line) => line.startsWith(`${key}:`));
    if (i < 0) fail(`Fant ikke feltet «${key}» i front matter.`);
    lines[i] = `${key}: ${value}`;
  };
  set('version', entry.version);
  set('last_reviewed', entry.date);
  const status = lines.findIndex((line) => line === 'status: utkast');
  if (status >= 0) lines[status] = 'status: gjeldende';
  const start = lines.findIndex((line) => /^history:\s*$/.test(line));
  if (start < 0) fail('Fant ikke feltet «history» i front matter.');
  let last = start;
  while (last + 1 < lines.length && /^\s/.test(lines[last + 1]!)) last++;
  lines.splice(last + 1, 0, ...historyLines(entry));
  return `---\n${lines.join('\n')}${source.slice(end)}`;
}

/** Refuses a page the build would refuse, so a command never leaves a site that does not build. */
function assertValid(file: string, source: string, today: string): void {
  const {data} = matter(source, CORE);
  const problems = [...checkFrontMatter('template', data), ...checkTemplateHistory(data, today)];
  if (problems.length > 0) {
    fail(`${file} ville fått ugyldig front matter: ${problems.map((p) => `«${p.field}»: ${p.expected}`).join('; ')}`);
  }
}

async function snapshotWrites(files: FileStore, id: string, version: string, text: string): Promise<Write[]> {
  const file = snapshotPath(id, version);
  if ((await files.read(file)) !== undefined)
    fail(`Versjon ${version} av «${id}» er allerede utgitt (${file} finnes).`);
  const manifest = parseManifest(await files.read(MANIFEST_PATH));
  return [
    {file, text},
    {file: MANIFEST_PATH, text: manifestWith(manifest, `${id}/${version}`, text)},
  ];
}

/** `owner` approves what names no approver: the publisher of the deployment (`publisherOwner`). */
export type ReleaseInput = {
  id: string;
  version: string;
  changes: string;
  approvedBy?: string;
  today: string;
  owner: string;
};

export async function planRelease(files: FileStore, input: ReleaseInput): Promise<Write[]> {
  const all = await templates(files);
  const template = all.find((t) => t.data.template_id === input.id);
  if (!template) {
    fail(`Ukjent mal «${input.id}». Kjente maler: ${all.map((t) => String(t.data.template_id)).join(', ')}.`);
  }
  const {file, source, data} = template!;
  const current = String(data.version);
  if (!isSemver(input.version)) fail(`«${input.version}» er ikke et versjonsnummer på formen 1.2.0 (semver).`);
  if (compareVersions(input.version, current) <= 0) {
    fail(`Versjon ${input.version} er ikke høyere enn gjeldende versjon ${current} av «${input.id}».`);
  }
  const changes = oneLine(input.changes);
  if (changes === '') fail('Beskrivelsen av hva som er endret er tom. Skriv hva som er endret i anførselstegn.');
  const entry: HistoryEntry = {
    version: input.version,
    date: input.today,
    changes,
    approved_by: oneLine(input.approvedBy ?? '') || input.owner,
  };
  const released = withRelease(source, entry);
  assertValid(file, released, input.today);
  const post = releasePostPath(input.id, entry);
  if ((await files.read(post)) !== undefined) fail(`Innlegget ${post} finnes allerede.`);
  return [
    {file, text: released},
    ...(await snapshotWrites(files, input.id, input.version, released)),
    {
      file: post,
      text: releasePost({id: input.id, title: String(data.title), permalink: templatePermalink(file, data)}, entry),
    },
  ];
}

export type NewTemplateInput = {
  id: string;
  title: string;
  folder: string;
  approvedBy?: string;
  today: string;
  owner: string;
};

function newTemplateSource(input: NewTemplateInput, title: string, entry: HistoryEntry): string {
  return [
    '---',
    `title: ${scalar(title)}`,
    `template_id: ${input.id}`,
    `version: ${entry.version}`,
    'status: utkast',
    `last_reviewed: ${entry.date}`,
    'history:',
    ...historyLines(entry),
    '---',
    '',
    'Skriv her hva malen er til, og hvem som bruker den.',
    '',
  ].join('\n');
}

export async function planNewTemplate(files: FileStore, input: NewTemplateInput): Promise<Write[]> {
  if (!SLUG.test(input.id)) fail(`«${input.id}» er ikke en gyldig id: bruk små bokstaver, tall og bindestrek.`);
  const title = oneLine(input.title);
  if (title === '') fail('Tittelen er tom.');
  if (!SLUG.test(input.folder))
    fail(`«${input.folder}» er ikke en mappe i ${DOCS}/: bruk små bokstaver, tall og bindestrek.`);
  const all = await templates(files);
  const folderFiles = await files.list(`${DOCS}/${input.folder}`);
  if (folderFiles.length === 0) fail(`Mappen ${DOCS}/${input.folder} finnes ikke.`);
  if (all.some((t) => t.data.template_id === input.id)) fail(`Malen «${input.id}» finnes allerede.`);
  const tagsText = (await files.read(TAGS_FILE)) ?? '';
  const tags = (yaml.load(tagsText, {schema: yaml.CORE_SCHEMA}) ?? {}) as Record<string, unknown>;
  if (input.id in tags) fail(`Taggen «${input.id}» finnes allerede i ${TAGS_FILE}.`);
  const file = `${DOCS}/${input.folder}/${input.id}.mdx`;
  if ((await files.read(file)) !== undefined) fail(`Filen ${file} finnes allerede.`);
  const entry: HistoryEntry = {
    version: FIRST_DRAFT,
    date: input.today,
    changes: 'Første utkast.',
    approved_by: oneLine(input.approvedBy ?? '') || input.owner,
  };
  const source = newTemplateSource(input, title, entry);
  assertValid(file, source, input.today);
  const tag = [
    `${input.id}:`,
    `  label: ${scalar(`malen «${title}»`)}`,
    `  permalink: /${input.id}`,
    `  description: ${scalar(`Endringslogg for malen «${title}».`)}`,
    '',
  ].join('\n');
  return [
    {file, text: source},
    {file: TAGS_FILE, text: `${tagsText.replace(/\n*$/, '\n')}${tag}`},
    ...(await snapshotWrites(files, input.id, entry.version, source)),
    {
      file: releasePostPath(input.id, entry),
      text: releasePost({id: input.id, title, permalink: templatePermalink(file, {}), isNew: true}, entry),
    },
  ];
}

/** Writes a planned command; called only once the whole plan was made, so a refusal leaves every file as it was. */
export async function applyWrites(files: FileStore, writes: readonly Write[]): Promise<void> {
  for (const {file, text} of writes) await files.write(file, text);
}
