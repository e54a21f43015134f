/**
 * A template's MDX as the reader knows it: headings, paragraphs, list items and table rows in plain words, with
 * links as their text and no markup, file names or component tags. «Hva er endret» compares these, so a reader
 * who filled in the old version sees what changed in the text, not in its source.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type {Nodes, Root, RootContent} from 'mdast';

export type ReadableBlock = {
  /** 0 for text, else the heading level (## is 2). */
  level: number;
  text: string;
};

/** Stands where the page shows a table, list or figure drawn from the portal's data. */
export const FROM_DATA = '[Innhold fra portalens data, se siden]';

const CODE = new Set(['mdxjsEsm', 'mdxTextExpression', 'mdxFlowExpression', 'html', 'code', 'definition']);

function words(node: Nodes): string {
  if (CODE.has(node.type)) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(words).join('');
  return '';
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function blocks(node: RootContent): ReadableBlock[] {
  switch (node.type) {
    case 'heading':
      return [{level: node.depth, text: clean(words(node))}];
    case 'paragraph':
      return [{level: 0, text: clean(words(node))}];
    case 'list':
      return node.children.flatMap((item) => {
        const mark = item.checked === null || item.checked === undefined ? '•' : item.checked ? '☑' : '☐';
        const [first, ...rest] = item.children.flatMap(blocks);
        return first ? [{level: 0, text: `${mark} ${first.text}`}, ...rest] : [];
      });
    case 'table':
      return node.children.map((row) => ({level: 0, text: row.children.map((cell) => clean(words(cell))).join(' | ')}));
    case 'blockquote':
      return node.children.flatMap(blocks);
    default: {
      const jsx = node as unknown as {type: string; children?: RootContent[]};
      if (jsx.type === 'mdxJsxFlowElement')
        return jsx.children && jsx.children.length > 0 ? jsx.children.flatMap(blocks) : [{level: 0, text: FROM_DATA}];
      return [];
    }
  }
}

export function readableBlocks(mdx: string): ReadableBlock[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
  return tree.children.flatMap(blocks).filter((block) => block.text !== '');
}
