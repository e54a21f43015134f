// The pages the bench compares. Each of our pages is held against the bare
// template's page of the same kind: its home page, or its one docs page.
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

/** @typedef {'home' | 'content'} PageKind */
/** @typedef {{name: string, path: string, kind: PageKind}} BenchPage */

/**
 * The page the content-page JS budget is about: a category guide, the
 * site's counterpart of the template's docs page.
 * @type {BenchPage}
 */
export const OUR_CONTENT_PAGE = {name: 'guide', path: '/veiledere/kontor-og-administrasjon/', kind: 'content'};

/**
 * The pages measured whatever the build holds; the longest guide is added from the build (ourPages).
 * A process phase stands for the handbook: a template with its download, rules and RACI.
 * @type {BenchPage[]}
 */
export const FIXED_PAGES = [
  {name: 'home', path: '/', kind: 'home'},
  OUR_CONTENT_PAGE,
  {name: 'process phase', path: '/handbok/prosess/konkurranse/', kind: 'content'},
  {name: 'lesson + quiz', path: '/kurs/anskaffelsesprosessen/behov-og-planlegging/', kind: 'content'},
  {name: 'directory', path: '/samarbeid/', kind: 'content'},
];

/** @type {BenchPage[]} */
export const BARE_PAGES = [
  {name: 'home', path: '/', kind: 'home'},
  {name: 'docs intro', path: '/docs/intro/', kind: 'content'},
];

/**
 * The guide whose built page is the largest: the most text and components to hydrate, so the likeliest to be slow.
 * @param {{path: string, bytes: number}[]} guides
 * @returns {string | null} its path, or null when there is none; of equal sizes the first path in order wins
 */
export function longestGuide(guides) {
  const sorted = [...guides].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  return sorted[0]?.path ?? null;
}

/**
 * The fixed pages, with the longest guide after the guide when it is another one.
 * @param {string | null} longest the longest guide's path
 * @returns {BenchPage[]}
 */
export function withLongestGuide(longest) {
  if (longest === null || FIXED_PAGES.some((page) => page.path === longest)) return FIXED_PAGES;
  const at = FIXED_PAGES.indexOf(OUR_CONTENT_PAGE) + 1;
  /** @type {BenchPage} */
  const page = {name: 'longest guide', path: longest, kind: 'content'};
  return [...FIXED_PAGES.slice(0, at), page, ...FIXED_PAGES.slice(at)];
}

/**
 * The pages to measure in a build: the fixed ones and the longest guide found in it (the guides' overview aside).
 * @param {string} buildDir
 * @returns {BenchPage[]}
 */
export function ourPages(buildDir) {
  // As the paths above, spelt out: Node 20 runs no TypeScript, so src/data/routes.ts cannot be imported here.
  const base = '/veiledere/';
  const dir = path.join(buildDir, base);
  const guides = readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({path: `${base}${entry.name}/`, file: path.join(dir, entry.name, 'index.html')}))
    .filter(({file}) => statSync(file, {throwIfNoEntry: false})?.isFile())
    .map(({path: guidePath, file}) => ({path: guidePath, bytes: statSync(file).size}));
  return withLongestGuide(longestGuide(guides));
}

/**
 * @param {BenchPage} page
 * @returns {BenchPage}
 */
export function barePageLike(page) {
  const match = BARE_PAGES.find((bare) => bare.kind === page.kind);
  if (!match) throw new Error(`No bare page of kind ${page.kind}`);
  return match;
}
