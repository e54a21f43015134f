import {describe, expect, it} from 'vitest';
import {compile, evaluate} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import * as runtime from 'react/jsx-runtime';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import rehypeTaskListLabels from '@site/src/plugins/rehype-task-list-labels';

/** Markdown to HTML through the same MDX pipeline Docusaurus uses. */
async function render(markdown: string): Promise<string> {
  const {default: Content} = await evaluate(markdown, {
    ...runtime,
    format: 'md',
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeTaskListLabels],
  });
  return renderToStaticMarkup(createElement(Content));
}

describe('rehype-task-list-labels', () => {
  it('labels each checkbox with its item text and makes it usable', async () => {
    const html = await render('- [ ] Avtalen er lagt inn i e-handel\n- [x] Leverandøren er varslet\n');
    expect(html).toContain('<label><input type="checkbox"/> Avtalen er lagt inn i e-handel</label>');
    expect(html).toContain('<label><input type="checkbox" checked=""/> Leverandøren er varslet</label>');
    expect(html).not.toContain('disabled');
  });

  it('starts a pre-ticked item ticked without locking it, so the reader can untick it', async () => {
    const code = String(
      await compile('- [x] Leverandøren er varslet\n', {
        format: 'md',
        remarkPlugins: [remarkGfm],
        rehypePlugins: [rehypeTaskListLabels],
      }),
    );
    expect(code).toMatch(/defaultChecked: true/);
    expect(code).not.toMatch(/\bchecked: true/);
  });

  it('handles loose lists, where the checkbox sits in a paragraph, and keeps nested lists outside the label', async () => {
    const html = await render('- [ ] Første\n\n  - underpunkt\n\n- [ ] Andre\n');
    expect(html).toContain('<p><label><input type="checkbox"/> Første</label></p>');
    expect(html).toMatch(/<\/label><\/p>\s*<ul>\s*<li>underpunkt<\/li>/);
  });

  it('leaves ordinary lists alone', async () => {
    expect(await render('- vanlig punkt\n')).toBe('<ul>\n<li>vanlig punkt</li>\n</ul>');
  });
});
