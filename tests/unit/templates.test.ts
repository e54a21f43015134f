import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import type {Nodes, Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {PHASES, RACI} from '@site/src/data/process';
import {ROLES} from '@site/src/data/roles';
import {isTemplate} from '@site/src/lib/templateMarker';
import {phasesOwnedBy, rolePhaseMatrix} from '@site/src/lib/raci';
import {buildTemplateDocx} from '@site/src/lib/templateDocx';
import {docxHeadings} from '../docxHeadings';
import {templatesIn} from '@site/src/plugins/template-downloads';
import {HISTORY_HEADING} from '@site/src/lib/templateHistory';
import {TEMPLATES} from '../helpers/handbookTemplates';

const root = path.resolve(__dirname, '../..');
const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

const templates = readdirSync(path.join(root, 'docs'), {recursive: true, withFileTypes: true})
  .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name))
  .map((file) => ({file: path.relative(root, file), source: readFileSync(file, 'utf8')}))
  .map((t) => ({...t, ...matter(t.source, CORE)}))
  .filter((t) => isTemplate(t.data));

/** Text of a heading; a component in a heading would need rendering, so it stops the test instead. */
function headingText(node: Nodes): string {
  if (node.type === 'mdxJsxTextElement')
    throw new Error(`Component <${node.name}> in a heading: teach headingText to render it`);
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(headingText).join('') : '';
}

/** The headings a reader sees on the page, in order: the title, then every heading of the MDX. */
function pageHeadings(title: unknown, content: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(content) as Root;
  return [String(title), ...tree.children.filter((n) => n.type === 'heading').map((n) => headingText(n).trim())];
}

/** Problems in the RACI data: every activity needs exactly one A, and only roles that exist. */
function raciProblems(): string[] {
  const known = new Set<string>(ROLES.map((r) => r.id));
  return PHASES.flatMap((phase) =>
    RACI[phase.id].flatMap((row) => {
      const letters = Object.values(row.assignments);
      const problems: string[] = [];
      if (letters.filter((l) => l === 'A').length !== 1)
        problems.push(`«${row.activity}» (${phase.name}) må ha nøyaktig én A`);
      for (const roleId of Object.keys(row.assignments)) {
        if (!known.has(roleId)) problems.push(`«${row.activity}» (${phase.name}) viser til ukjent rolle «${roleId}»`);
      }
      return problems;
    }),
  );
}

const h2s = (content: string) => [...content.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());

describe('templates and their change log', () => {
  const tags = yaml.load(readFileSync(path.join(root, 'blog/tags.yml'), 'utf8')) as Record<string, unknown>;
  const postTags = readdirSync(path.join(root, 'blog'))
    .filter((f) => /\.mdx?$/.test(f))
    .flatMap((f) => (matter(readFileSync(path.join(root, 'blog', f), 'utf8')).data.tags as string[]) ?? []);

  it('has templates with unique ids, one for every process phase and every role', () => {
    const ids = templates.map((t) => String(t.data.template_id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const phase of PHASES) expect(ids).toContain(`prosess-${phase.id}`);
    for (const role of ROLES) expect(ids).toContain(`rolle-${role.id}`);
  });

  it.each(templates.map((t) => [t.file, String(t.data.template_id)]))(
    '%s has a change-log tag and a news post for its first version',
    (_file, id) => {
      expect(tags).toHaveProperty(id);
      expect(postTags).toContain(id);
    },
  );
});

describe('process phase templates', () => {
  const SECTIONS = [
    'Formål',
    'Aktiviteter',
    'Dette krever regelverket',
    'Inndata og resultat',
    'Ansvar',
    'Sjekkliste',
    'Fallgruver fra kartleggingen',
  ];
  it.each(PHASES.map((p) => p.id))('%s has every required section, its own RACI matrix and its legal duties', (id) => {
    const {content} = matter(readFileSync(path.join(root, 'docs/prosess', `${id}.mdx`), 'utf8'));
    expect(h2s(content)).toEqual(SECTIONS);
    expect(content).toContain(`<RaciMatrix phase="${id}" />`);
    expect(content).toContain(`<PhaseRules phase="${id}" />`);
    expect(content).toMatch(/^- \[ \] /m);
    expect(content).toMatch(/\| *Inndata *\| *Resultat *\|/);
  });
});

describe('role templates', () => {
  const SECTIONS = [
    'Formål med rollen',
    'Ansvar',
    'Oppgaver',
    'Faser rollen eier',
    'Kompetansekrav',
    'Samarbeid med andre roller',
    'Kurs som bygger kompetansen',
  ];
  it.each(ROLES.map((r) => r.id))(
    '%s has every required section, its phases from the RACI data and competence levels',
    (id) => {
      const {content} = matter(readFileSync(path.join(root, 'docs/roller', `${id}.mdx`), 'utf8'));
      expect(h2s(content)).toEqual(SECTIONS);
      expect(content).toContain(`<RolePhases role="${id}" />`);
      expect(content).toContain(`<RoleCourses role="${id}" />`);
      const levels = [...content.matchAll(/\| *(Grunnleggende|Middels|Avansert|Ekspert) *\|/g)];
      expect(levels.length).toBeGreaterThanOrEqual(4);
    },
  );

  it('every RACI activity has exactly one accountable role, and names only roles that exist', () => {
    expect(raciProblems()).toEqual([]);
  });

  it('every role appears in the role × phase matrix, with a column per phase', () => {
    const matrix = rolePhaseMatrix();
    expect(matrix.map((r) => r.roleId)).toEqual(ROLES.map((r) => r.id));
    for (const row of matrix) expect(row.cells.map((c) => c.phaseId)).toEqual(PHASES.map((p) => p.id));
  });

  it('every role owns at least one phase in the RACI matrices', () => {
    for (const role of ROLES) expect(phasesOwnedBy(role.id).length, role.id).toBeGreaterThan(0);
  });
});

describe('Word downloads', () => {
  it.each(TEMPLATES.map((t) => [t.file, t]))('%s: the .docx has the same headings as the page', async (_file, t) => {
    const docx = await buildTemplateDocx({source: t.source, links: t.links});
    expect(await docxHeadings(docx)).toEqual([...pageHeadings(t.data.title, t.content), HISTORY_HEADING]);
  });
});

describe('the Word-download plugin', () => {
  it('takes each template from the docs plugin with its own permalink, base URL included', () => {
    const loaded = {
      loadedVersions: [
        {
          docs: [
            {
              source: '@site/docs/maler/mal.mdx',
              permalink: '/innkjop/handbok/maler/mal/',
              frontMatter: {template_id: 'mal', version: '1.1.0', history: [{version: '1.0.0'}, {version: '1.1.0'}]},
            },
            {source: '@site/docs/funn/index.mdx', permalink: '/innkjop/handbok/funn/', frontMatter: {title: 'Funn'}},
          ],
        },
      ],
    } as unknown as Parameters<typeof templatesIn>[0];
    expect(templatesIn(loaded, root)).toEqual([
      {
        file: path.join(root, 'docs/maler/mal.mdx'),
        id: 'mal',
        permalink: '/innkjop/handbok/maler/mal/',
        versions: ['1.0.0', '1.1.0'],
      },
    ]);
    expect(templatesIn(undefined, root)).toEqual([]);
  });
});
