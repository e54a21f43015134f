import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, '../..');

type Pinned = {
  /** The upstream file, as a module specifier. */
  upstream: string;
  /** What on the site depends on its exact content. */
  site: string;
  /** What to re-check when it changes. */
  recheck: string;
  /** The @docusaurus/theme-classic version the hash was taken from. */
  version: string;
  sha256: string;
};

/**
 * Upstream files the site does not import but copies, replaces or aliases away: a
 * Docusaurus upgrade can change them without anything else failing. Wrappers
 * (which import @theme-original/…) need no entry.
 *
 * After an upgrade, for each failing entry: read what changed upstream, e.g.
 *   npm diff --diff=@docusaurus/theme-classic@<old> --diff=@docusaurus/theme-classic@<new> lib/<file>
 * carry it over into the site's file (or confirm it does not matter), then record
 * the new hash and version:
 *   sha256sum node_modules/@docusaurus/theme-classic/lib/<file>
 */
const PINNED: readonly Pinned[] = [
  {
    upstream: '@docusaurus/theme-classic/lib/prism-include-languages.js',
    site: 'src/plugins/plain-code-blocks/index.ts',
    recheck:
      'the plugin resolves this client module to an empty one to keep prism-react-renderer out of the bundle. ' +
      'Check that it still only registers Prism languages (nothing else the site needs), and that lib/index.js ' +
      'still loads it from getClientModules() under this path',
    version: '3.10.2',
    sha256: 'a464a26897ccb5b2a509dcec3fd9b35e7038c1ee91f7f8863c7096e991af8774',
  },
  {
    upstream: '@docusaurus/theme-classic/lib/theme/DocSidebar/index.js',
    site: 'src/theme/DocSidebar',
    recheck:
      'the site keeps the desktop sidebar on phones instead of swapping it for the mobile one after hydration. ' +
      'Check that the theme still decides by useWindowSize which of DocSidebar/Desktop and DocSidebar/Mobile to ' +
      'render, that the desktop container is still hidden by CSS below 997 px, and whether new props are passed on',
    version: '3.10.2',
    sha256: '69735ac5be2d601a67912afc6cc1f0e4fc2cfe30799539f53bc327d4dbe18734',
  },
  {
    upstream: '@docusaurus/theme-classic/lib/theme/DocItem/Layout/index.js',
    site: 'src/theme/DocItem/Layout',
    recheck:
      'the site lets only the desktop table of contents learn the window size, so a phone does not render the ' +
      'whole doc layout again after hydration. Carry over whatever else changed in the layout (its children, ' +
      'their order, the column classes) and check that it still imports its styles from ./styles.module.css',
    version: '3.10.2',
    sha256: 'c1f1bbed07409f0a3f90f0ffc3689331ff6ead1f7c2616963885417c5bc42899',
  },
  {
    upstream: '@docusaurus/theme-classic/lib/theme/CodeBlock/index.js',
    site: 'src/theme/CodeBlock',
    recheck:
      'the site replaces CodeBlock outright with plain <pre><code>, without highlighting. Check which props ' +
      '(title, className, metastring, showLineNumbers) and children shapes the theme now handles, and ' +
      'whether the replacement still renders every code block the content has',
    version: '3.10.2',
    sha256: '639f8655d319e123c4efa5223a42078d3e98ea361e206f6f1bfb87b080a28904',
  },
  {
    upstream: '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js',
    site: 'src/browser/searchByWorker.ts (swapped in by src/plugins/search-query-layer)',
    recheck:
      'the stand-in wraps this module for the search bar and search page. Check that SearchBar.jsx and ' +
      'SearchPage.jsx still import it as ../searchByWorker, and that searchByWorker and fetchIndexesByWorker ' +
      'keep their arguments and result shape (src/browser/searchLocalWorker.d.ts)',
    version: '@easyops-cn/docusaurus-search-local 0.55.3',
    sha256: 'cf571811cb2fd0fdaa41b1d2e9d57630663d8d575665a5a1aba2875d3b1b6721',
  },
  {
    upstream: '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/EmptyTemplate.js',
    site: 'src/browser/searchEmptyTemplate.ts (swapped in by src/plugins/search-query-layer)',
    recheck:
      "the stand-in replaces the dropdown's no-results template. Check that SearchBar.jsx still imports it as " +
      './EmptyTemplate and that autocomplete.js still calls it with {query}',
    version: '@easyops-cn/docusaurus-search-local 0.55.3',
    sha256: 'b35c2cbdf3874c70c6b33dc380d6df92f240e8a95019643261984d1d2dec8248',
  },
  {
    upstream: '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SuggestionTemplate.js',
    site: 'src/browser/searchSuggestionTemplate.ts (swapped in by src/plugins/search-query-layer)',
    recheck:
      "the stand-in replaces the dropdown's result template. Check that SearchBar.jsx still imports it as " +
      './SuggestionTemplate and which result fields it reads',
    version: '@easyops-cn/docusaurus-search-local 0.55.3',
    sha256: '17fe5cd994a7197c174bad20c5572cb8b6b45698c8eb19ca288592688b3c21c5',
  },
  {
    upstream: '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage/SearchPage.jsx',
    site: 'src/browser/searchPage.tsx (swapped in by src/plugins/search-query-layer)',
    recheck:
      'the stand-in replaces the search page content. Check that SearchPage/index.js still imports it as ' +
      './SearchPage, and carry over what changed (query and context parameters, index loading, markup)',
    version: '@easyops-cn/docusaurus-search-local 0.55.3',
    sha256: '554dcc569a17cb23c22b30066b58901002bb5b95a9d6345c5b76d302c3d40294',
  },
];

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Folders under src/theme with an index file: each replaces the theme component of that name. */
function swizzledComponents(): string[] {
  const themeDir = path.join(root, 'src/theme');
  return readdirSync(themeDir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && /^index\.(tsx?|jsx?)$/.test(e.name))
    .map((e) => path.relative(themeDir, e.parentPath).split(path.sep).join('/'))
    .sort();
}

/** Whether a file in the component's folder imports the theme's original of it. */
function wrapsOriginal(component: string): boolean {
  const dir = path.join(root, 'src/theme', component);
  return readdirSync(dir, {withFileTypes: true})
    .filter((e) => e.isFile() && /\.(tsx?|jsx?)$/.test(e.name))
    .some((e) => readFileSync(path.join(dir, e.name), 'utf8').includes(`'@theme-original/${component}'`));
}

describe('theme components the site copies or replaces', () => {
  it.each(PINNED.map((p) => [p.upstream, p] as const))('%s is the version last checked', (_, pinned) => {
    const file = require.resolve(pinned.upstream);
    const installed = (require('@docusaurus/theme-classic/package.json') as {version: string}).version;
    expect(
      sha256(file),
      `${pinned.upstream} changed (checked at ${pinned.version}, installed ${installed}). ` +
        `${pinned.site} depends on it: ${pinned.recheck}. ` +
        'Then update its sha256 and version in tests/unit/themeEjections.test.ts.',
    ).toBe(pinned.sha256);
  });

  it('finds the swizzled components', () => {
    expect(swizzledComponents()).toEqual(expect.arrayContaining(['CodeBlock', 'DocItem/Content', 'SearchBar']));
  });

  it.each(swizzledComponents())('src/theme/%s wraps the original or has its upstream file pinned', (component) => {
    const pinned = PINNED.some((p) => p.site === `src/theme/${component}`);
    expect(
      wrapsOriginal(component) || pinned,
      `src/theme/${component} neither imports '@theme-original/${component}' nor is listed in PINNED in ` +
        'tests/unit/themeEjections.test.ts. An ejected copy silently drifts from the theme on upgrades: ' +
        'make it a wrapper, or pin the upstream file it copies so that an upgrade flags it.',
    ).toBe(true);
    expect(wrapsOriginal(component) && pinned, `src/theme/${component} is a wrapper; drop it from PINNED`).toBe(false);
  });
});
