import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type {Nodes} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const DOCS_DIRS = ['docs', 'guides', 'courses'];

function docFiles(): string[] {
  return DOCS_DIRS.flatMap((dir) =>
    readdirSync(path.join(root, dir), {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name))),
  );
}

/** Level-1 headings in the page body, Markdown (`# …`, `===`) or JSX (`<h1>`), as "line N". */
function levelOneHeadings(body: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes): void => {
    const isH1 =
      (node.type === 'heading' && node.depth === 1) ||
      ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'h1');
    if (isH1) found.push(`line ${node.position?.start.line ?? '?'}`);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body));
  return found;
}

// src/theme/DocItem/Content wraps the theme's component and hands it the document
// metadata as the first of its children. The theme puts its title from front matter
// above the children, so the metadata sits right under the title. A page with its
// own h1, or with hide_title, has no such title: its h1 would come after the metadata.
const WHY =
  'the title must come from front matter (title:), not from the page: src/theme/DocItem/Content ' +
  'places the document metadata above the page content, so a page with its own h1 would show ' +
  'version, status and owner above its title';

describe('doc page titles', () => {
  const files = docFiles();

  it('finds the doc pages', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s has no level-1 heading of its own and does not hide the theme title', (file) => {
    const {content, data} = matter(readFileSync(path.join(root, file), 'utf8'));
    // Line numbers count from the end of the front matter.
    expect(levelOneHeadings(content), `${file}: level-1 heading in the body; ${WHY}`).toEqual([]);
    expect(data.hide_title, `${file}: hide_title is set; ${WHY}`).toBeFalsy();
  });

  it('recognises a level-1 heading in Markdown and in JSX, and leaves h2 and code alone', () => {
    expect(levelOneHeadings('# Tittel\n\nTekst')).toEqual(['line 1']);
    expect(levelOneHeadings('Tittel\n======\n')).toEqual(['line 1']);
    expect(levelOneHeadings('Tekst\n\n<h1>Tittel</h1>\n')).toEqual(['line 3']);
    expect(levelOneHeadings('## Del\n\n```sh\n# kommentar\n```\n')).toEqual([]);
  });
});
