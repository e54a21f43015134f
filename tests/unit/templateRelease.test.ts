import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {overlayStore} from '@site/src/lib/fileStore';
import {runTemplateCommand} from '@site/src/lib/templateCommands';
import {templatePermalink} from '@site/src/lib/templateRelease';
import {checkTemplateHistory, historyEntries} from '@site/src/lib/templateHistory';
import {checkFrontMatter} from '@site/src/lib/frontMatterSchema';
import {MANIFEST_PATH, sha256, snapshotPath} from '@site/src/lib/templateSnapshots';
import {diffTemplateText} from '@site/src/lib/templateDiff';
import {buildTemplateDocx} from '@site/src/lib/templateDocx';
import {loadTemplateVersions} from '@site/src/plugins/template-versions';
import {docxHeadings} from '../docxHeadings';
import {osloIsoDate} from '@site/src/lib/format';
import {linksFor} from '../helpers/handbookTemplates';

const root = path.resolve(__dirname, '../..');
const TODAY = '2026-12-01';
const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

/** The versions the tests release are the next ones after what the pages hold now, so a real release keeps them valid. */
const versionOf = (file: string) => String(matter(readFileSync(path.join(root, file), 'utf8'), CORE).data.version);
const nextMajor = (v: string) => `${Number(v.split('.')[0]) + 1}.0.0`;
const nextPatch = (v: string) => v.replace(/\d+$/, (patch) => String(Number(patch) + 1));
const dashed = (v: string) => v.replaceAll('.', '-');
const MANDAT = versionOf('docs/mandat/index.mdx');
const NEXT = nextMajor(MANDAT);
const KICKOFF = versionOf('docs/mandat/oppstartsmote.mdx');
const KICKOFF_NEXT = nextPatch(KICKOFF);
const escaped = (v: string) => v.replaceAll('.', '\\.');

async function run(command: string, ...args: string[]) {
  const files = overlayStore(root);
  const result = await runTemplateCommand(command, args, files, TODAY);
  return {result, written: files.written};
}

describe('template:release', () => {
  it('raises the version, records the history, makes the snapshot and the change-log post', async () => {
    const {result, written} = await run('release', 'mandat', NEXT, '  Nytt avsnitt om\n finansiering.  ');
    expect(result.ok).toBe(true);
    expect([...written.keys()]).toEqual([
      'docs/mandat/index.mdx',
      `template-versions/mandat/${NEXT}.mdx`,
      MANIFEST_PATH,
      `blog/2026-12-01-mandat-${dashed(NEXT)}.md`,
    ]);
    const page = written.get('docs/mandat/index.mdx')!;
    const {data, content} = matter(page, CORE);
    expect(data.version).toBe(NEXT);
    expect(data.last_reviewed).toBe(TODAY);
    expect(historyEntries(data).at(-1)).toEqual({
      version: NEXT,
      date: TODAY,
      changes: 'Nytt avsnitt om finansiering.',
      approved_by: 'Difi, seksjon for offentlige anskaffelser',
    });
    expect([...checkFrontMatter('template', data), ...checkTemplateHistory(data, TODAY)]).toEqual([]);
    expect(content).toBe(matter(readFileSync(path.join(root, 'docs/mandat/index.mdx'), 'utf8'), CORE).content);

    expect(written.get(`template-versions/mandat/${NEXT}.mdx`)).toBe(page);
    expect(JSON.parse(written.get(MANIFEST_PATH)!)[`mandat/${NEXT}`]).toBe(sha256(page));

    const post = matter(written.get(`blog/2026-12-01-mandat-${dashed(NEXT)}.md`)!, CORE);
    expect(post.data).toMatchObject({
      slug: `mandat-versjon-${dashed(NEXT)}`,
      date: TODAY,
      tags: ['endringslogg', 'maler', 'mandat'],
    });
    expect(post.content).toContain('{/* truncate */}');
    expect(post.content).toContain('Hva er endret: Nytt avsnitt om finansiering.');
    expect(post.content).toContain('](/handbok/mandat/#versjonshistorikk)');
  });

  it('records who approved the version when it is given', async () => {
    const {written} = await run(
      'release',
      'avviksrapport',
      nextMajor(versionOf('docs/prosess/avviksrapport.mdx')),
      'Ny struktur.',
      'Styret i samarbeidet',
    );
    expect(historyEntries(matter(written.get('docs/prosess/avviksrapport.mdx')!, CORE).data).at(-1)?.approved_by).toBe(
      'Styret i samarbeidet',
    );
  });

  it.each([
    [['ukjent', NEXT, 'Endret.'], /^Ukjent mal «ukjent»\. Kjente maler: .*mandat/],
    [
      ['mandat', MANDAT, 'Endret.'],
      new RegExp(`^Versjon ${escaped(MANDAT)} er ikke høyere enn gjeldende versjon ${escaped(MANDAT)} av «mandat»\\.$`),
    ],
    [['mandat', '0.9.0', 'Endret.'], /ikke høyere enn gjeldende versjon/],
    [['mandat', '1.1', 'Endret.'], /^«1\.1» er ikke et versjonsnummer på formen 1\.2\.0 \(semver\)\.$/],
    [['mandat', NEXT, '   '], /^Beskrivelsen av hva som er endret er tom/],
    [['mandat', NEXT], /^Bruk: npm run template:release/],
  ])('refuses %j with a Norwegian message and writes nothing', async (args, message) => {
    const {result, written} = await run('release', ...args);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(written.size).toBe(0);
  });
});

describe('template:new', () => {
  it('creates a draft with valid front matter, its tag, a first history entry, snapshot and post', async () => {
    const {result, written} = await run('new', 'rammeavtale', 'Mal for rammeavtale', 'prosess');
    expect(result.ok).toBe(true);
    const {data} = matter(written.get('docs/prosess/rammeavtale.mdx')!, CORE);
    expect(data).toMatchObject({
      title: 'Mal for rammeavtale',
      template_id: 'rammeavtale',
      version: '0.1.0',
      status: 'utkast',
    });
    expect([...checkFrontMatter('template', data), ...checkTemplateHistory(data, TODAY)]).toEqual([]);
    const tags = yaml.load(written.get('blog/tags.yml')!) as Record<string, {label: string}>;
    expect(tags.rammeavtale?.label).toBe('malen «Mal for rammeavtale»');
    expect(Object.keys(tags)).toContain('mandat');
    expect(written.has('template-versions/rammeavtale/0.1.0.mdx')).toBe(true);
    const post = matter(written.get('blog/2026-12-01-rammeavtale-0-1-0.md')!, CORE);
    expect(post.data.title).toBe('Ny mal: Mal for rammeavtale');
    expect(post.content).toContain('[Mal for rammeavtale](/handbok/prosess/rammeavtale/)');
  });

  it.each([
    [['mandat', 'Mandat', 'mandat'], /^Malen «mandat» finnes allerede\.$/],
    [['Ny_Mal', 'Tittel', 'prosess'], /^«Ny_Mal» er ikke en gyldig id/],
    [['ny-mal', ' ', 'prosess'], /^Tittelen er tom\.$/],
    [['ny-mal', 'Tittel', 'finnes-ikke'], /^Mappen docs\/finnes-ikke finnes ikke\.$/],
    [['ny-mal', 'Tittel', '../blog'], /er ikke en mappe i docs\//],
    [['ny-mal', 'Tittel'], /^Bruk: npm run template:new/],
  ])('refuses %j with a Norwegian message and writes nothing', async (args, message) => {
    const {result, written} = await run('new', ...args);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(written.size).toBe(0);
  });
});

describe('template permalinks', () => {
  it('follow the docs plugin: an absolute slug, else the path with index as its folder', () => {
    expect(templatePermalink('docs/mandat/index.mdx', {slug: '/mandat/'})).toBe('/handbok/mandat/');
    expect(templatePermalink('docs/mandat/oppstartsmote.mdx', {})).toBe('/handbok/mandat/oppstartsmote/');
    expect(templatePermalink('docs/teknologi/index.mdx', {})).toBe('/handbok/teknologi/');
  });
});

describe('the commands on a temporary copy of the repository', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'mal-'));
  for (const dir of ['docs', 'blog', 'template-versions'])
    cpSync(path.join(root, dir), path.join(copy, dir), {recursive: true});
  afterAll(() => rmSync(copy, {recursive: true, force: true}));
  const cli = (...args: string[]) => cliWith({}, ...args);
  const cliWith = (env: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/template.mjs'), ...args], {
      cwd: copy,
      encoding: 'utf8',
      env: {...process.env, ...env},
    });
  /** Every file of the copy with its text, to see that a refused command changed nothing. */
  const tree = () =>
    readdirSync(copy, {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort()
      .map((file) => [file, readFileSync(file, 'utf8')]);

  it('refuses bad input with exit code 1 and changes no file', () => {
    const before = tree();
    const refused = cli('release', 'mandat', MANDAT, 'Endret.');
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `Ingen filer ble endret. Versjon ${MANDAT} er ikke høyere enn gjeldende versjon ${MANDAT} av «mandat».`,
    );
    expect(tree()).toEqual(before);
  });

  it('releases a version: the page, the snapshot, the manifest and the post for the feed are on disk', () => {
    const page0 = path.join(copy, 'docs/mandat/oppstartsmote.mdx');
    writeFileSync(page0, `${readFileSync(page0, 'utf8')}\nEt nytt avsnitt om møtereferatet.\n`);
    const released = cli('release', 'oppstartsmote', KICKOFF_NEXT, 'Rettet en skrivefeil.');
    expect(released.stderr).toBe('');
    expect(released.status).toBe(0);
    const read = (file: string) => readFileSync(path.join(copy, file), 'utf8');
    const page = read('docs/mandat/oppstartsmote.mdx');
    expect(matter(page, CORE).data.version).toBe(KICKOFF_NEXT);
    expect(read(`template-versions/oppstartsmote/${KICKOFF_NEXT}.mdx`)).toBe(page);
    expect(JSON.parse(read(MANIFEST_PATH))[`oppstartsmote/${KICKOFF_NEXT}`]).toBe(sha256(page));
    // The command dates the release today in Norway, as an editor running it would.
    const post = `blog/${osloIsoDate(new Date())}-oppstartsmote-${dashed(KICKOFF_NEXT)}.md`;
    expect(released.stdout).toContain(post);
    expect(read(post)).toContain('Hva er endret: Rettet en skrivefeil.');
  });

  it('then offers «Hva er endret» between the versions and the old version’s Word file', async () => {
    const versions = (await loadTemplateVersions(copy)).find((t) => t.id === 'oppstartsmote')!.versions;
    expect(versions.map((v) => v.version).slice(-2)).toEqual([KICKOFF, KICKOFF_NEXT]);
    const blocks = diffTemplateText(versions.at(-2)!.body, versions.at(-1)!.body);
    expect(blocks.filter((b) => b.change !== 'same')).toEqual([
      {level: 0, change: 'added', parts: [{text: 'Et nytt avsnitt om møtereferatet.', change: 'added'}]},
    ]);
    const old = readFileSync(path.join(copy, snapshotPath('oppstartsmote', '1.0.0')), 'utf8');
    const headings = await docxHeadings(
      await buildTemplateDocx({source: old, links: linksFor('docs/mandat/oppstartsmote.mdx')}),
    );
    expect(headings[0]).toBe('Oppstartsmøte: agenda og kriterier for dimensjonering');
  });

  it('lets the publisher the PUBLISHER_* variables name approve a version that names no approver', () => {
    const released = cliWith(
      {PUBLISHER_NAME: 'Testetaten', PUBLISHER_UNIT: 'innkjøpsseksjonen'},
      'release',
      'mandat',
      '9.0.0',
      'Ny versjon til test.',
    );
    expect(released.stderr).toBe('');
    const history = matter(readFileSync(path.join(copy, 'docs/mandat/index.mdx'), 'utf8'), CORE).data.history as {
      version: string;
      approved_by: string;
    }[];
    expect(history.at(-1)).toMatchObject({version: '9.0.0', approved_by: 'Testetaten, innkjøpsseksjonen'});
  });

  it('refuses a bad PUBLISHER_* value in Norwegian and changes no file', () => {
    const before = tree();
    const refused = cliWith({PUBLISHER_EMAIL: 'ikke en adresse'}, 'release', 'mandat', '9.1.0', 'Endret.');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Ingen filer ble endret\. PUBLISHER_EMAIL må være én e-postadresse/);
    expect(tree()).toEqual(before);
  });
});
