import JSZip from 'jszip';
import {Paragraph, TextRun} from 'docx';
import {describe, expect, it} from 'vitest';
import type {Nodes, Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {buildTemplateDocx} from '@site/src/lib/templateDocx';
import {docxHeading} from '@site/src/lib/docxLayout';
import {publisherOwner} from '@site/src/data/publisher';
import {documentMetaRows} from '@site/src/lib/documentMeta';
import {TEMPLATES, TEST_SITE} from '../helpers/handbookTemplates';

type Parts = Record<string, string>;

async function parts(buffer: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')])));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const paragraphs = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];

/** Relationship id → target, for one part's relationships file. */
function relationships(rels: string | undefined): Map<string, {target: string; external: boolean}> {
  return new Map(
    [...(rels ?? '').matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => {
      const attr = (name: string) => unescape(m[1]!.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? '');
      return [attr('Id'), {target: attr('Target'), external: attr('TargetMode') === 'External'}];
    }),
  );
}

/** Every hyperlink of a part with where it leads; a link with no relationship or an anchor gets no target. */
function hyperlinks(all: Parts, part: string): (string | undefined)[] {
  const rels = relationships(all[part.replace(/^word\//, 'word/_rels/') + '.rels']);
  return [...all[part]!.matchAll(/<w:hyperlink ([^>]*)>/g)].map((m) => {
    const id = m[1]!.match(/r:id="([^"]*)"/)?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    return rel?.external ? rel.target : undefined;
  });
}

/** Plain text of each <Guidance> block of an MDX page. */
function guidanceTexts(content: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(content) as Root;
  const text = (node: Nodes): string =>
    'value' in node && typeof node.value === 'string' && node.type === 'text'
      ? node.value
      : 'children' in node
        ? (node.children as Nodes[]).map(text).join('')
        : '';
  return tree.children
    .filter((n) => n.type === 'mdxJsxFlowElement' && n.name === 'Guidance')
    .flatMap((n) => ('children' in n ? (n.children as Nodes[]) : []))
    .map((n) => text(n).trim())
    .filter((t) => t.length > 0);
}

const WITH_GUIDANCE = [
  'docs/mandat/index.mdx',
  'docs/mandat/oppstartsmote.mdx',
  'docs/prosess/handlingsplan-kontraktsoppfolging.mdx',
  ...TEMPLATES.map((t) => t.file).filter((f) => f.startsWith('docs/roller/')),
];

describe.each(TEMPLATES.map((t) => [t.file, t] as const))('the Word file of %s', (_file, template) => {
  const built = buildTemplateDocx({source: template.source, links: template.links}).then(parts);
  const address = `${TEST_SITE.siteUrl}${template.permalink.replace(/([^/])$/, '$1/')}`;

  it('names no source file and carries no MDX code', async () => {
    for (const [name, xml] of Object.entries(await built)) {
      expect(xml, name).not.toMatch(/\.mdx?\b/);
      expect(textOf(xml), name).not.toMatch(/<\/?[A-Z][A-Za-z]*|\{\/\*|\bimport\b .* from /);
    }
  });

  it('makes every link a hyperlink to a full http(s) address', async () => {
    const all = await built;
    const links = ['word/document.xml', ...Object.keys(all).filter((n) => /^word\/footer\d+\.xml$/.test(n))].flatMap(
      (part) => hyperlinks(all, part),
    );
    for (const link of links) expect(link).toMatch(/^https?:\/\/[^/]+\//);
    const markdownLinks = [...template.content.matchAll(/\]\(([^)]+)\)/g)].length;
    if (markdownLinks > 0) expect(links.length).toBeGreaterThan(1);
    for (const link of links.filter((l) => l!.startsWith(TEST_SITE.siteUrl))) {
      expect(link!.startsWith(`${TEST_SITE.siteUrl}${TEST_SITE.baseUrl}`), link).toBe(true);
      // Routes are folders: the address without its slash is a redirect, or a 404 on some hosts.
      expect(link!.split('#')[0], link).toMatch(/\/$|\.[a-z]+$/);
    }
  });

  it('has a header with name, version and status and a footer with page numbers and the latest address', async () => {
    const all = await built;
    const header = Object.keys(all).find((n) => /^word\/header\d+\.xml$/.test(n));
    const footer = Object.keys(all).find((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(header && footer).toBeTruthy();
    expect(all['word/document.xml']).toMatch(/<w:headerReference [^>]*w:type="default"/);
    expect(all['word/document.xml']).toMatch(/<w:footerReference [^>]*w:type="default"/);
    const headerText = textOf(all[header!]!);
    expect(headerText).toContain(String(template.data.title));
    expect(headerText).toContain(`Versjon ${String(template.data.version)}`);
    expect(headerText).toContain(documentMetaRows(template.data).find((r) => r.label === 'Status')!.value);
    const footerXml = all[footer!]!;
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(textOf(footerXml)).toMatch(/Side\s*av\s*/);
    expect(textOf(footerXml)).toContain(`Siste versjon: ${address}`);
    expect(hyperlinks(all, footer!)).toEqual([address]);
  });

  it('is in Norwegian bokmål', async () => {
    expect((await built)['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nb-NO"/);
  });

  it('keeps every heading with what follows it and in one piece', async () => {
    const headings = paragraphs((await built)['word/document.xml']!).filter((p) =>
      /<w:pStyle w:val="Heading\d"\/>/.test(p),
    );
    expect(headings.length).toBeGreaterThan(1);
    for (const heading of headings) {
      expect(heading, textOf(heading)).toContain('<w:keepNext/>');
      expect(heading, textOf(heading)).toContain('<w:keepLines/>');
    }
  });

  it('repeats each table header row, never splits a row and shades the cells to fill in', async () => {
    const tables = (await built)['word/document.xml']!.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    for (const table of tables) {
      const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
      for (const cell of rows.slice(1).flatMap((r) => r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [])) {
        if (textOf(cell).trim() === '') expect(cell).toMatch(/<w:shd [^>]*w:fill="FFF2CC"/);
      }
    }
  });

  it('has the template title and the publisher as author, and no placeholder name', async () => {
    const core = (await built)['docProps/core.xml']!;
    expect(unescape(core.match(/<dc:title>([^<]*)<\/dc:title>/)?.[1] ?? '')).toBe(String(template.data.title));
    expect(unescape(core.match(/<dc:creator>([^<]*)<\/dc:creator>/)?.[1] ?? '')).toBe(publisherOwner());
    expect(unescape(core.match(/<cp:lastModifiedBy>([^<]*)<\/cp:lastModifiedBy>/)?.[1] ?? '')).toBe(publisherOwner());
    expect(core).not.toContain('Un-named');
  });

  it('leaves out the guidance, so only the text to adopt is in the file', async () => {
    const text = textOf((await built)['word/document.xml']!).replace(/\s+/g, ' ');
    const guidance = guidanceTexts(template.content);
    if (WITH_GUIDANCE.includes(template.file))
      expect(guidance.length, 'the page marks its guidance').toBeGreaterThan(0);
    for (const passage of guidance) expect(text).not.toContain(passage.replace(/\s+/g, ' ').slice(0, 60));
  });
});

describe('the Word file of the mandate', () => {
  const mandate = TEMPLATES.find((t) => t.data.template_id === 'mandat')!;

  it('holds no survey figures, only the text a council adopts', async () => {
    const text = textOf(
      (await parts(await buildTemplateDocx({source: mandate.source, links: mandate.links})))['word/document.xml']!,
    );
    expect(text).not.toMatch(/N = \d|\d+ %|Kilde: Kartleggingen/);
    expect(text).toContain('Samarbeidet skal:');
  });

  it('links a relative link to the page it points to, and ends with the sections it is given', async () => {
    const leader = TEMPLATES.find((t) => t.file === 'docs/roller/leder.mdx')!;
    const appendix = [docxHeading([new TextRun('Versjonshistorikk')], 2), new Paragraph('1.0.0: første versjon.')];
    const all = await parts(await buildTemplateDocx({source: leader.source, links: leader.links, appendix}));
    expect(hyperlinks(all, 'word/document.xml')).toContain(
      `${TEST_SITE.siteUrl}${TEST_SITE.baseUrl}handbok/roller/kategoriansvarlig/`,
    );
    const texts = paragraphs(all['word/document.xml']!).map(textOf);
    expect(texts.slice(-2)).toEqual(['Versjonshistorikk', '1.0.0: første versjon.']);
  });

  it('stops on a link to a file no page is built from', async () => {
    const leader = TEMPLATES.find((t) => t.file === 'docs/roller/leder.mdx')!;
    const source = `${leader.source}\n\nSe [den gamle malen](./gammel.mdx).\n`;
    await expect(buildTemplateDocx({source, links: leader.links})).rejects.toThrow(
      'Lenken «./gammel.mdx» i docs/roller/leder.mdx viser til en fil som ingen side er bygd fra.',
    );
  });
});

describe('the publisher of a deployment', () => {
  it('is the Word file’s author and the owner of a template that names none', async () => {
    const template = TEMPLATES.find((t) => t.file === 'docs/mandat/index.mdx')!;
    const publisher = {
      name: 'Testetaten',
      unit: 'innkjøpsseksjonen',
      logoText: 'Testetaten',
      email: '',
      postalAddress: [],
    };
    const built = await parts(await buildTemplateDocx({source: template.source, links: template.links, publisher}));
    expect(unescape(built['docProps/core.xml']!.match(/<dc:creator>([^<]*)<\/dc:creator>/)?.[1] ?? '')).toBe(
      'Testetaten, innkjøpsseksjonen',
    );
    expect(textOf(built['word/document.xml']!)).toContain('Testetaten, innkjøpsseksjonen');
  });
});
