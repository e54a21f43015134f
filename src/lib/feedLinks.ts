/**
 * What the blog plugin's feeds lack: a `rel="self"` link (feed validators and
 * readers use it to know the feed's own address) and, in Atom, the language.
 * The plugin builds its feeds with the `feed` package and offers no option for
 * either, so the written files are completed after the build.
 */
const ATOM_NS = 'http://www.w3.org/2005/Atom';

export type FeedKind = 'rss' | 'atom';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The feed's absolute address; the plugin's options may write the route with or without its slashes. */
export function feedUrl(siteUrl: string, baseUrl: string, routeBasePath: string, file: string): string {
  const pathname = `/${[baseUrl, routeBasePath, file].join('/')}`.replace(/\/{2,}/g, '/');
  return new URL(pathname, siteUrl).href;
}

export class FeedShapeError extends Error {}

function insertAfterOpening(xml: string, element: string, insert: (openTag: string) => string): string {
  const match = new RegExp(`<${element}(\\s[^>]*)?>`).exec(xml);
  if (!match) throw new FeedShapeError(`Fant ikke <${element}> i feeden.`);
  return xml.slice(0, match.index) + insert(match[0]) + xml.slice(match.index + match[0].length);
}

/** The feed with its self link and language; a feed that has them already is returned unchanged. */
export function withSelfLink(xml: string, kind: FeedKind, selfUrl: string, language: string): string {
  const href = escapeAttribute(selfUrl);
  if (kind === 'rss') {
    if (xml.includes('rel="self"')) return xml;
    const withNamespace = insertAfterOpening(xml, 'rss', (tag) =>
      tag.includes('xmlns:atom=') ? tag : tag.replace(/^<rss/, `<rss xmlns:atom="${ATOM_NS}"`),
    );
    return insertAfterOpening(
      withNamespace,
      'channel',
      (tag) => `${tag}\n        <atom:link href="${href}" rel="self" type="application/rss+xml"/>`,
    );
  }
  return insertAfterOpening(xml, 'feed', (tag) => {
    const withLang = tag.includes('xml:lang=')
      ? tag
      : tag.replace(/^<feed/, `<feed xml:lang="${escapeAttribute(language)}"`);
    return xml.includes('rel="self"')
      ? withLang
      : `${withLang}\n    <link rel="self" href="${href}" type="application/atom+xml"/>`;
  });
}
