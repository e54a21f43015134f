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
import {Document, Packer, Paragraph, TextRun, type ParagraphChild} from 'docx';
import {getFinding, GROUP_LABELS, type Group} from '../data/survey';
import {PHASES, type PhaseId} from '../data/process';
import {COURSES} from '../data/courses';
import {getRole} from '../data/roles';
import {TOOLS} from '../data/technology';
import {PHASE_RULES_CHECKED, PHASE_RULES_INTRO} from '../data/phaseRules';
import {formatDate, formatSource} from './format';
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
import {templateHistoryBlocks} from './templateHistoryDocx';
import {phaseDuties} from './phaseRules';
import {absoluteLink, pageAddress, type LinkContext} from './docLinks';
import {PUBLISHER, publisherOwner, type Publisher} from '../data/publisher';
import {
  PAGE_MARGINS,
  STYLES,
  docxHeading,
  docxTable,
  hyperlink,
  pageFooter,
  pageHeader,
  textRuns,
  type DocxBlock,
  type RunStyle,
} from './docxLayout';

type MdxJsx = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: {type: string; name?: string; value?: unknown}[];
};

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
  // Expressions ({' '}, comments) and ESM are code, not text a reader should see.
  if (node.type === 'mdxjsEsm' || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
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

/** Everything the conversion needs besides the MDX: where each link leads. */
type Context = {links: LinkContext};

function runs(children: readonly PhrasingContent[], context: Context, style: RunStyle = {}): ParagraphChild[] {
  return children.flatMap((child): ParagraphChild[] => {
    switch (child.type) {
      case 'text':
        return textRuns(child.value, style);
      case 'strong':
        return runs(child.children, context, {...style, bold: true});
      case 'emphasis':
        return runs(child.children, context, {...style, italics: true});
      case 'inlineCode':
        return [new TextRun({text: child.value, ...style})];
      case 'break':
        return [new TextRun({text: '', break: 1})];
      case 'link':
        return [hyperlink(plainText(child), absoluteLink(child.url, context.links), style)];
      default:
        if ((child as {type: string}).type === 'mdxJsxTextElement')
          return [new TextRun({text: inlineComponentText(child as unknown as MdxJsx), ...style})];
        return textRuns(plainText(child as Nodes), style);
    }
  });
}

const para = (text: string, style: RunStyle = {}) => new Paragraph({children: textRuns(text, style)});
const bullet = (text: string, level = 0) => new Paragraph({children: textRuns(text), bullet: {level}});

/** A sentence that leads into a list or table («Velg ett alternativ:») stays on the page of what it introduces. */
const leadsIn = (node: RootContent) =>
  plainText(node as Nodes)
    .trimEnd()
    .endsWith(':');

function markdownTable(node: MdTable, context: Context): DocxBlock {
  const [head, ...body] = node.children.map((row) =>
    row.children.map((c) => ({text: plainText(c).trim(), children: runs(c.children, context)})),
  );
  return docxTable(
    (head ?? []).map((c) => c.text),
    body,
  );
}

function list(node: List, context: Context, level = 0): DocxBlock[] {
  return node.children.flatMap((item, index) => {
    const marker =
      item.checked === false
        ? '☐ '
        : item.checked === true
          ? '☑ '
          : node.ordered
            ? `${(node.start ?? 1) + index}. `
            : '';
    return item.children.flatMap((child, childIndex): DocxBlock[] => {
      if (child.type === 'list') return list(child, context, level + 1);
      const content = child.type === 'paragraph' ? runs(child.children, context) : textRuns(plainText(child));
      const prefix = childIndex === 0 ? marker : '';
      const spacing = {after: 60};
      return node.ordered || (item.checked !== null && item.checked !== undefined)
        ? [
            new Paragraph({
              children: [new TextRun(prefix), ...content],
              indent: {left: 360 * (level + 1) + 280, hanging: 280},
              spacing,
            }),
          ]
        : [new Paragraph({children: content, bullet: {level}, spacing})];
    });
  });
}

/** Renders a block-level component from the same data its React counterpart uses. */
function componentBlocks(node: MdxJsx, context: Context): DocxBlock[] {
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
        new Paragraph({keepNext: true, children: textRuns(findingTitle(finding), {bold: true})}),
        docxTable(
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
        docxTable(
          ['Aktivitet', ...roles.map((r) => r.name)],
          rows.map((r) => [r.activity, ...r.cells.map((c) => c.letter ?? '–')]),
        ),
        para('R utfører, A har ansvaret, C rådføres, I informeres.', {italics: true}),
      ];
    }
    case 'KpiTable': {
      const columns = kpiColumns(listAttribute(node, 'details') as KpiDetail[]);
      return [
        new Paragraph({
          keepNext: true,
          children: textRuns(attribute(node, 'caption') ?? KPI_TABLE_CAPTION, {bold: true}),
        }),
        docxTable(
          ['Nøkkeltall', ...columns.map((c) => c.label)],
          selectKpis(listAttribute(node, 'ids')).map((kpi) => [kpi.name, ...columns.map((c) => c.text(kpi))]),
        ),
        para(`Kreditnotaer, felles regel: ${CREDIT_NOTE_RULE}`),
      ];
    }
    case 'RolePhaseMatrix':
      return [
        docxTable(
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
    case 'PhaseRules':
      return [
        para(PHASE_RULES_INTRO),
        ...phaseDuties(attribute(node, 'phase') ?? '').map(
          (d) =>
            new Paragraph({
              bullet: {level: 0},
              children: [
                ...textRuns(`${d.duty} Kilde: `),
                ...d.legalSources.flatMap((source, i) => [
                  ...(i > 0 ? textRuns('; ') : []),
                  hyperlink(source.label, source.url),
                ]),
                ...textRuns('. '),
                hyperlink('Les mer i Regelverk', absoluteLink(d.regelverkRoute, context.links)),
                ...textRuns('.'),
              ],
            }),
        ),
        para(`Kildene er sjekket ${formatDate(PHASE_RULES_CHECKED)}. Les gjeldende tekst på Lovdata.`, {italics: true}),
      ];
    case 'ProcessOverview':
      return PHASES.map((p, i) => para(`${i + 1}. ${p.name}`));
    case 'TechChecklist':
      return TOOLS.map((t) => para(`☐ ${t.name}: ${t.gives}`));
    case 'Guidance':
      // Guidance explains the template to whoever prepares it; the Word file holds only the text to adopt.
      return [];
    default:
      throw new Error(`Word-malen kan ikke vise komponenten <${node.name}>. Legg den til i src/lib/templateDocx.ts.`);
  }
}

function blocks(node: RootContent, context: Context, next: RootContent | undefined): DocxBlock[] {
  switch (node.type) {
    case 'heading':
      return [docxHeading(runs(node.children, context), Math.min(node.depth, 4) as 1 | 2 | 3 | 4)];
    case 'paragraph':
      return [new Paragraph({children: runs(node.children, context), keepNext: next !== undefined && leadsIn(node)})];
    case 'list':
      return [...list(node, context), new Paragraph({spacing: {after: 0}, children: []})];
    case 'table':
      return [markdownTable(node, context), new Paragraph({spacing: {after: 0}, children: []})];
    case 'blockquote':
      return node.children.flatMap((child, i) => blocks(child, context, node.children[i + 1]));
    case 'thematicBreak':
    case 'html':
    case 'definition':
      return [];
    case 'code':
      return [para(node.value)];
    default: {
      const type = (node as {type: string}).type;
      if (type === 'mdxjsEsm' || type === 'mdxFlowExpression') return [];
      if (type === 'mdxJsxFlowElement') return componentBlocks(node as unknown as MdxJsx, context);
      return [para(plainText(node as Nodes))];
    }
  }
}

export type TemplateDocxInput = {
  /** The template's MDX, front matter included. */
  source: string;
  /** Where the page and every page it links to are published. */
  links: LinkContext;
  /**
   * Sections added after the template's own text, such as its version history. Build them with `docxHeading`,
   * `docxTable` and `textRuns` from `./docxLayout` so they look like the rest of the file.
   */
  appendix?: readonly DocxBlock[];
  /** Who publishes the file: the author in its properties, and the owner where the template names none. */
  publisher?: Publisher;
};

const CORE_YAML = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

export async function buildTemplateDocx({
  source,
  links,
  appendix = [],
  publisher = PUBLISHER,
}: TemplateDocxInput): Promise<Buffer> {
  const {data, content} = matter(source, CORE_YAML);
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(content) as Root;
  const author = publisherOwner(publisher);
  const rows = documentMetaRows(data, author);
  const value = (label: string) => rows.find((r) => r.label === label)?.value ?? '';
  const title = String(data.title);
  const frame = {
    title,
    version: value('Versjon'),
    status: value('Status'),
    address: pageAddress(links.permalink, links),
  };
  const context: Context = {links};
  const doc = new Document({
    creator: author,
    lastModifiedBy: author,
    title,
    subject: typeof data.description === 'string' ? data.description : undefined,
    description: typeof data.description === 'string' ? data.description : undefined,
    styles: STYLES,
    // Long Norwegian compounds in narrow table columns break at a syllable, with a hyphen, not mid-letter;
    // a 1 cm zone and at most two hyphenated lines in a row keep running text calm.
    hyphenation: {autoHyphenation: true, hyphenationZone: 567, consecutiveHyphenLimit: 2},
    sections: [
      {
        properties: {page: {margin: PAGE_MARGINS}},
        headers: {default: pageHeader(frame)},
        footers: {default: pageFooter(frame)},
        children: [
          docxHeading([new TextRun(title)], 1),
          new Paragraph({
            style: 'Metadata',
            children: [new TextRun(rows.map((r) => `${r.label}: ${r.value}`).join(' · '))],
          }),
          ...tree.children.flatMap((node, i) => blocks(node, context, tree.children[i + 1])),
          ...templateHistoryBlocks(data),
          ...appendix,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
