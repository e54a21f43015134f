import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {resolveSearchSetup} from '@site/src/lib/searchConfig';
import {SEARCH_IGNORE_CLASS} from '@site/src/lib/searchIndexing';

const require = createRequire(import.meta.url);

type Section = {title: string; hash: string; content: string};
type Parse = (
  html: string,
  type: 'docs',
  url: string,
  options: {ignoreCssSelectors: string[]; forceIgnoreNoIndex: boolean},
) => {pageTitle: string; sections: Section[]};

// The plugin's own HTML parser, so the test sees exactly what goes into the index.
const {parse} = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/parse.js') as {parse: Parse};

const page = `<html><head><meta name="keywords" content="flyreiser"></head><body><div class="main-wrapper"><article>
  <nav class="theme-doc-breadcrumbs"><a>Veiledere</a></nav>
  <header><h1>Reise</h1></header>
  <div class="${SEARCH_IGNORE_CLASS}"><dl><dt>Sist gjennomgått</dt><dd>2026-11-24</dd></dl></div>
  <p>Felles avtaler om reisebyrå.</p>
  <h2 class="${SEARCH_IGNORE_CLASS}">Din framdrift</h2>
  <p class="${SEARCH_IGNORE_CLASS}"><a class="button">Start kurset: Leksjon 1</a></p>
  <h2><a class="hash-link" href="#hotell"></a>Hotell</h2>
  <p>Rammeavtaler for overnatting.</p>
  <p class="${SEARCH_IGNORE_CLASS}">Klar for bruk uten nett</p>
  <footer class="theme-doc-footer">Rediger denne siden</footer>
</article></div></body></html>`;

describe('what the local search indexes', () => {
  const [[, options]] = resolveSearchSetup({}).themes as [[string, {ignoreCssSelectors: string[]}]];
  const parsed = parse(page, 'docs', '/veiledere/reise/', {
    ignoreCssSelectors: options.ignoreCssSelectors,
    forceIgnoreNoIndex: false,
  });
  const text = parsed.sections.map((s) => `${s.title} ${s.content}`).join(' ');

  it('keeps the title, headings and body text', () => {
    expect(parsed.pageTitle).toBe('Reise');
    expect(parsed.sections.map((s) => s.title)).toEqual(['Reise', 'Hotell']);
    expect(text).toContain('Felles avtaler om reisebyrå.');
    expect(text).toContain('Rammeavtaler for overnatting.');
  });

  it('leaves out metadata, progress, buttons, status lines, breadcrumbs and the footer', () => {
    for (const furniture of [
      'Sist gjennomgått',
      'Din framdrift',
      'Start kurset',
      'Klar for bruk',
      'Rediger',
      'Veiledere',
    ])
      expect(text).not.toContain(furniture);
  });
});
