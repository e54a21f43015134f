/**
 * Builds the Word (.docx) download of a handbook template from the same MDX the
 * page is made from, so there is never a second, hand-kept copy. Components
 * used in templates are rendered from the same data the page components use;
 * an unknown component stops the build rather than silently dropping content.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type {Nodes, PhrasingContent, Root, RootContent, Table as MdTable, List} from 'mdast';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {getFinding, GROUP_LABELS, type Group} from '../data/survey';
import {PHASES, type PhaseId} from '../data/process';
import {COURSES} from '../data/courses';
import {getRole} from '../data/roles';
import {TOOLS} from '../data/technology';
import {formatSource} from './format';
import {
  chartBars,
  findingTitle,
  formatSelected,
  groupsOf,
  interviewSource,
  sampleText,
  selectionScope,
  tableRows,
} from './surveyView';
import {CREDIT_NOTE_RULE, getKpi} from '../data/kpis';
import {KPI_TABLE_CAPTION, kpiColumns, selectKpis, type KpiDetail} from './kpiView';
import {RACI_LABELS, phasesOwnedBy, raciTable, rolePhaseMatrix} from './raci';
import {documentMetaRows} from './documentMeta';

type Block = Paragraph | Table;
type MdxJsx = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: {type: string; name?: string; value?: unknown}[];
};

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

function attribute(node: MdxJsx, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The quoted strings of an array attribute, `ids={['a', 'b']}`. */
function listAttribute(node: MdxJsx, name: string): string[] {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = found?.value as {value?: string} | string | undefined;
  const source = typeof value === 'string' ? value : (value?.value ?? '');
  return [...source.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => (m[1] ?? m[2])!);
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'mdxjsEsm') return node.value;
  if (node.type === 'mdxJsxTextElement') return inlineComponentText(node as unknown as MdxJsx);
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** Text of the components that may stand inside a sentence. */
function inlineComponentText(node: MdxJsx): string {
  const id = attribute(node, 'id');
  switch (node.name) {
    case 'FindingValue':
      return formatSelected(getFinding(id!), {
        group: attribute(node, 'group') as Group | undefined,
        category: attribute(node, 'category'),
      });
    case 'FindingSource': {
      if (node.attributes.some((a) => a.name === 'interviews')) {
        const figure = node.attributes.find((a) => a.name === 'figure')?.value as {value?: string} | undefined;
        return `(kilde: dybdeintervjuene, ${interviewSource(Number(figure?.value))})`;
      }
      return `(kilde: ${formatSource(getFinding(id!).source)})`;
    }
    case 'KpiName':
      return getKpi(id!).name.toLocaleLowerCase('nb-NO');
    default:
      throw new Error(`Word-malen kan ikke vise komponenten <${node.name}> inne i tekst.`);
  }
}

function runs(children: readonly PhrasingContent[], style: {bold?: boolean; italics?: boolean} = {}): TextRun[] {
  return children.flatMap((child): TextRun[] => {
    switch (child.type) {
      case 'text':
        return [new TextRun({text: child.value, ...style})];
      case 'strong':
        return runs(child.children, {...style, bold: true});
      case 'emphasis':
        return runs(child.children, {...style, italics: true});
      case 'inlineCode':
        return [new TextRun({text: child.value, ...style})];
      case 'break':
        return [new TextRun({text: '', break: 1})];
      case 'link': {
        const text = plainText(child);
        const href = child.url.startsWith('/') ? `Innkjøpsportalen ${child.url.replace(/\.mdx$/, '')}` : child.url;
        return [
          new TextRun({text, ...style}),
          ...(child.url.startsWith('#') ? [] : [new TextRun({text: ` (${href})`, ...style})]),
        ];
      }
      default:
        if ((child as {type: string}).type === 'mdxJsxTextElement')
          return [new TextRun({text: inlineComponentText(child as unknown as MdxJsx), ...style})];
        return [new TextRun({text: plainText(child as Nodes), ...style})];
    }
  });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({children: [new Paragraph({children: [new TextRun({text, bold: header})]})]});
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: {size: 100, type: WidthType.PERCENTAGE},
    borders: {
      top: {style: BorderStyle.SINGLE, size: 4, color: '888888'},
      bottom: {style: BorderStyle.SINGLE, size: 4, color: '888888'},
      left: {style: BorderStyle.SINGLE, size: 4, color: '888888'},
      right: {style: BorderStyle.SINGLE, size: 4, color: '888888'},
      insideHorizontal: {style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB'},
      insideVertical: {style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB'},
    },
    rows: [
      new TableRow({tableHeader: true, children: header.map((h) => cell(h, true))}),
      ...rows.map((r) => new TableRow({children: r.map((c) => cell(c))})),
    ],
  });
}

const para = (text: string, options: {bold?: boolean; italics?: boolean} = {}) =>
  new Paragraph({children: [new TextRun({text, ...options})], spacing: {after: 120}});
const bullet = (text: string, level = 0) => new Paragraph({text, bullet: {level}});

function markdownTable(node: MdTable): Table {
  const [head, ...body] = node.children.map((row) => row.children.map((c) => plainText(c).trim()));
  return table(head ?? [], body);
}

function list(node: List, level = 0): Block[] {
  return node.children.flatMap((item, index) => {
    const marker =
      item.checked === false
        ? '☐ '
        : item.checked === true
          ? '☑ '
          : node.ordered
            ? `${(node.start ?? 1) + index}. `
            : '';
    return item.children.flatMap((child, childIndex): Block[] => {
      if (child.type === 'list') return list(child, level + 1);
      const text = plainText(child);
      const prefix = childIndex === 0 ? marker : '';
      return node.ordered || (item.checked !== null && item.checked !== undefined)
        ? [
            new Paragraph({
              children: [
                new TextRun(prefix),
                ...(child.type === 'paragraph' ? runs(child.children) : [new TextRun(text)]),
              ],
              indent: {left: 360 * (level + 1)},
            }),
          ]
        : [
            new Paragraph({
              children: child.type === 'paragraph' ? runs(child.children) : [new TextRun(text)],
              bullet: {level},
            }),
          ];
    });
  });
}

/** Renders a block-level component from the same data its React counterpart uses. */
function componentBlocks(node: MdxJsx): Block[] {
  const id = attribute(node, 'id');
  switch (node.name) {
    case 'Finding': {
      const finding = getFinding(id!);
      const selector = {group: attribute(node, 'group') as Group | undefined, category: attribute(node, 'category')};
      const single = finding.values.length === 1 || selector.group || selector.category;
      const scope = single ? selectionScope(finding, selector) : undefined;
      const figures = single
        ? `${formatSelected(finding, selector)} ${finding.label}${scope ? ` (${scope})` : ''}.`
        : `${findingTitle(finding)}: ${chartBars(finding)
            .map((b) => `${b.description} ${b.text}`)
            .join('; ')}.`;
      const sample = single ? sampleText(finding, selector) : finding.n !== undefined ? `N = ${finding.n}.` : undefined;
      const n = sample ? ` ${sample}` : '';
      return [para(`${figures} ${finding.context}${n} Kilde: ${formatSource(finding.source)}.`, {italics: true})];
    }
    case 'SurveyChart': {
      const finding = getFinding(id!);
      const groups = groupsOf(finding);
      return [
        para(findingTitle(finding), {bold: true}),
        table(
          [finding.categories ? 'Svar' : 'Funn', ...groups.map((g) => GROUP_LABELS[g])],
          tableRows(finding).map((r) => [r.label, ...r.cells.map((c) => c.text)]),
        ),
        para(
          `${finding.n !== undefined ? `N = ${finding.n}. ` : ''}Kilde: ${formatSource(finding.source)}.${finding.unstated ? ` ${finding.unstated}` : ''}`,
        ),
      ];
    }
    case 'RaciMatrix': {
      const {roles, rows} = raciTable(attribute(node, 'phase') as PhaseId);
      return [
        table(
          ['Aktivitet', ...roles.map((r) => r.name)],
          rows.map((r) => [r.activity, ...r.cells.map((c) => c.letter ?? '–')]),
        ),
        para('R utfører, A har ansvaret, C rådføres, I informeres.', {italics: true}),
      ];
    }
    case 'KpiTable': {
      const columns = kpiColumns(listAttribute(node, 'details') as KpiDetail[]);
      return [
        para(attribute(node, 'caption') ?? KPI_TABLE_CAPTION, {bold: true}),
        table(
          ['Nøkkeltall', ...columns.map((c) => c.label)],
          selectKpis(listAttribute(node, 'ids')).map((kpi) => [kpi.name, ...columns.map((c) => c.text(kpi))]),
        ),
        para(`Kreditnotaer, felles regel: ${CREDIT_NOTE_RULE}`),
      ];
    }
    case 'RolePhaseMatrix':
      return [
        table(
          ['Rolle', ...PHASES.map((p, i) => `${i + 1}. ${p.name}`)],
          rolePhaseMatrix().map((r) => [r.roleName, ...r.cells.map((c) => c.letter ?? '–')]),
        ),
      ];
    case 'RolePhases':
      return phasesOwnedBy(getRole(attribute(node, 'role')!).id).map(({phase, letters}) =>
        bullet(`${phase.name}: ${letters.map((l) => RACI_LABELS[l].toLowerCase()).join(' og ')}`),
      );
    case 'RoleCourses':
      return getRole(attribute(node, 'role')!).path.map(({courseId, lessonId}) => {
        const course = COURSES.find((c) => c.id === courseId)!;
        return bullet(`${course.lessons.find((l) => l.id === lessonId)!.title} (${course.title})`);
      });
    case 'ProcessOverview':
      return PHASES.map((p, i) => para(`${i + 1}. ${p.name}`));
    case 'TechChecklist':
      return TOOLS.map((t) => para(`☐ ${t.name}: ${t.gives}`));
    default:
      throw new Error(`Word-malen kan ikke vise komponenten <${node.name}>. Legg den til i src/lib/templateDocx.ts.`);
  }
}

function blocks(node: RootContent): Block[] {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({heading: HEADINGS[Math.min(node.depth, 4) - 1], children: runs(node.children)})];
    case 'paragraph':
      return [new Paragraph({children: runs(node.children), spacing: {after: 120}})];
    case 'list':
      return list(node);
    case 'table':
      return [markdownTable(node), para('')];
    case 'blockquote':
      return node.children.flatMap(blocks);
    case 'thematicBreak':
      return [para('')];
    case 'code':
      return [para(node.value)];
    case 'html':
      return [];
    default: {
      const type = (node as {type: string}).type;
      if (type === 'mdxjsEsm' || type === 'mdxFlowExpression') return [];
      if (type === 'mdxJsxFlowElement') return componentBlocks(node as unknown as MdxJsx);
      return [para(plainText(node as Nodes))];
    }
  }
}

export type TemplateDocxInput = {source: string; url: string};

const CORE_YAML = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

export async function buildTemplateDocx({source, url}: TemplateDocxInput): Promise<Buffer> {
  const {data, content} = matter(source, CORE_YAML);
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(content) as Root;
  const meta = documentMetaRows(data)
    .map((r) => `${r.label}: ${r.value}`)
    .join(' · ');
  const doc = new Document({
    creator: 'Innkjøpsportalen',
    title: String(data.title),
    description: typeof data.description === 'string' ? data.description : undefined,
    styles: {default: {document: {run: {font: 'Calibri', size: 22}}}},
    sections: [
      {
        children: [
          new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun(String(data.title))]}),
          para(meta, {italics: true}),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({text: `Siste versjon: ${url}`, italics: true})],
            spacing: {after: 240},
          }),
          ...tree.children.flatMap(blocks),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
