/**
 * Turns a link as an editor writes it in MDX (`./leder.mdx`, `/handbok/prosess/`, `#ansvar`) into the full
 * address a reader can open from a file kept outside the site, such as a Word download. Links to source files
 * are resolved to the page built from them, as Docusaurus does on the web, so no internal file name leaks out.
 */
import path from 'node:path/posix';

export type LinkContext = {
  /** Scheme and host, without a trailing slash (`SITE_URL`). */
  siteUrl: string;
  /** The sub-path the site is served under, starting and ending with `/`. */
  baseUrl: string;
  /** The page the link stands on: its source file, relative to the site folder (`docs/roller/leder.mdx`). */
  file: string;
  /** The page's own permalink, base URL included. */
  permalink: string;
  /** Every page's source file (relative to the site folder) and its permalink, base URL included. */
  permalinks: ReadonlyMap<string, string>;
};

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const SOURCE_FILE = /\.mdx?$/;

/** The site-relative source files an MDX link may mean, in the order Docusaurus tries them. */
function candidateFiles(target: string, from: string): string[] {
  if (!target.startsWith('/')) return [path.join(path.dirname(from), target)];
  const rooted = target.slice(1);
  const contentFolder = from.split('/')[0]!;
  return [rooted, path.join(contentFolder, rooted)];
}

/** Site routes end in a slash (`trailingSlash: true`); a route written without one is the same page. */
function withTrailingSlash(route: string): string {
  const last = route.split('/').pop() ?? '';
  return route === '' || route.endsWith('/') || last.includes('.') ? route : `${route}/`;
}

export function absoluteLink(href: string, context: LinkContext): string {
  if (SCHEME.test(href)) return href;
  const cut = href.search(/[?#]/);
  const target = cut === -1 ? href : href.slice(0, cut);
  const suffix = cut === -1 ? '' : href.slice(cut);
  if (target === '') return pageAddress(context.permalink, context) + suffix;
  if (SOURCE_FILE.test(target)) {
    const candidates = candidateFiles(decodeURI(target), context.file);
    const permalink = candidates.map((file) => context.permalinks.get(file)).find((p) => p !== undefined);
    if (permalink === undefined) {
      throw new Error(`Lenken «${href}» i ${context.file} viser til en fil som ingen side er bygd fra.`);
    }
    return pageAddress(permalink, context) + suffix;
  }
  if (target.startsWith('/')) {
    return `${context.siteUrl}${context.baseUrl}${withTrailingSlash(target.slice(1))}${suffix}`;
  }
  return new URL(href, pageAddress(context.permalink, context)).href;
}

/**
 * The full address of a page. The docs plugin's permalinks leave out the trailing slash that the built
 * routes have (`trailingSlash: true` is applied when pages are written), so it is added here.
 */
export function pageAddress(permalink: string, context: Pick<LinkContext, 'siteUrl'>): string {
  return `${context.siteUrl}${withTrailingSlash(permalink)}`;
}
