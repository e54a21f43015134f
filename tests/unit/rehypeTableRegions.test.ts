import {describe, expect, it} from 'vitest';
import {evaluate} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import * as runtime from 'react/jsx-runtime';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import rehypeTableRegions from '@site/src/plugins/rehype-table-regions';

/** Markdown to HTML through the same MDX pipeline Docusaurus uses. */
async function render(markdown: string): Promise<string> {
  const {default: Content} = await evaluate(markdown, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeTableRegions],
  });
  return renderToStaticMarkup(createElement(Content));
}

const TABLE = '| Område | Hvor ofte |\n| --- | --- |\n| Priser | Kvartalsvis |\n';

describe('rehype-table-regions', () => {
  it('puts each table in a focusable region named after the heading above it', async () => {
    const html = await render(`## Oppfølgingsplan\n\n${TABLE}\n## Nøkkeltall\n\nTekst.\n\n${TABLE}`);
    const regions = [
      ...html.matchAll(/<div class="table-scroll" role="region" aria-label="([^"]+)" tabindex="0"><table>/g),
    ];
    expect(regions.map((m) => m[1])).toEqual(['Tabell: Oppfølgingsplan', 'Tabell: Nøkkeltall']);
  });

  it('names a table before any heading just «Tabell», and leaves text without tables alone', async () => {
    expect(await render(TABLE)).toContain('aria-label="Tabell" tabindex="0"');
    expect(await render('## Overskrift\n\nBare tekst.\n')).not.toContain('table-scroll');
  });
});
