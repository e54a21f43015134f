import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {PHASES} from '@site/src/data/process';
import {ROLES} from '@site/src/data/roles';
import {isTemplate} from '@site/src/lib/templateMarker';
import {phasesOwnedBy, raciProblems, rolePhaseMatrix} from '@site/src/lib/raci';
import {buildTemplateDocx, templateHeadings} from '@site/src/lib/templateDocx';
import {docxHeadings} from '../docxHeadings';
import {templatesIn} from '@site/src/plugins/template-downloads';

const root = path.resolve(__dirname, '../..');
const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

const templates = readdirSync(path.join(root, 'docs'), {recursive: true, withFileTypes: true})
  .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name))
  .map((file) => ({file: path.relative(root, file), source: readFileSync(file, 'utf8')}))
  .map((t) => ({...t, ...matter(t.source, CORE)}))
  .filter((t) => isTemplate(t.data));

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
    'Inndata og resultat',
    'Ansvar',
    'Sjekkliste',
    'Fallgruver fra kartleggingen',
  ];
  it.each(PHASES.map((p) => p.id))('%s has every required section and its own RACI matrix', (id) => {
    const {content} = matter(readFileSync(path.join(root, 'docs/prosess', `${id}.mdx`), 'utf8'));
    expect(h2s(content)).toEqual(SECTIONS);
    expect(content).toContain(`<RaciMatrix phase="${id}" />`);
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
  it.each(templates.map((t) => [t.file, t.source]))(
    '%s: the .docx has the same headings as the page',
    async (_file, source) => {
      const docx = await buildTemplateDocx({source, url: 'https://innkjopsportalen.example/handbok/'});
      expect(await docxHeadings(docx)).toEqual(templateHeadings(source));
    },
  );
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
              frontMatter: {template_id: 'mal', version: '1.0.0'},
            },
            {source: '@site/docs/funn/index.mdx', permalink: '/innkjop/handbok/funn/', frontMatter: {title: 'Funn'}},
          ],
        },
      ],
    } as unknown as Parameters<typeof templatesIn>[0];
    expect(templatesIn(loaded, root)).toEqual([
      {file: path.join(root, 'docs/maler/mal.mdx'), id: 'mal', permalink: '/innkjop/handbok/maler/mal/'},
    ]);
    expect(templatesIn(undefined, root)).toEqual([]);
  });
});
