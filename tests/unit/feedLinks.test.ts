// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {Feed} from 'feed';
import {FeedShapeError, feedUrl, withSelfLink} from '@site/src/lib/feedLinks';

const URL_RSS = 'https://innkjop.example.no/nyheter/rss.xml';
const URL_ATOM = 'https://innkjop.example.no/nyheter/atom.xml';

/** A feed made as the blog plugin makes it: no feedLinks, the language in the options. */
function pluginFeed(): Feed {
  const feed = new Feed({
    id: 'https://innkjop.example.no/nyheter/',
    title: 'Innkjøpsportalen – nyheter',
    link: 'https://innkjop.example.no/nyheter/',
    language: 'nb-NO',
    copyright: 'Innkjøpsportalen',
  });
  feed.addItem({title: 'Mal & endring', id: 'a', link: 'https://innkjop.example.no/nyheter/a/', date: new Date(0)});
  return feed;
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

describe('withSelfLink', () => {
  it('gives the RSS feed an atom:link to itself, in a declared namespace, keeping its language', () => {
    const doc = parse(withSelfLink(pluginFeed().rss2(), 'rss', URL_RSS, 'nb-NO'));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const self = doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
    expect(self?.getAttribute('rel')).toBe('self');
    expect(self?.getAttribute('href')).toBe(URL_RSS);
    expect(self?.parentElement?.tagName).toBe('channel');
    expect(doc.getElementsByTagName('language')[0]?.textContent).toBe('nb-NO');
  });

  it('gives the Atom feed a self link and xml:lang', () => {
    const doc = parse(withSelfLink(pluginFeed().atom1(), 'atom', URL_ATOM, 'nb-NO'));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('nb-NO');
    const links = [...doc.documentElement.children].filter((e) => e.tagName === 'link');
    expect(links.find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe(URL_ATOM);
  });

  it('changes nothing the second time', () => {
    const once = withSelfLink(pluginFeed().atom1(), 'atom', URL_ATOM, 'nb-NO');
    expect(withSelfLink(once, 'atom', URL_ATOM, 'nb-NO')).toBe(once);
    const rss = withSelfLink(pluginFeed().rss2(), 'rss', URL_RSS, 'nb-NO');
    expect(withSelfLink(rss, 'rss', URL_RSS, 'nb-NO')).toBe(rss);
  });

  it('refuses a file that is not the feed it should be', () => {
    expect(() => withSelfLink('<html></html>', 'rss', URL_RSS, 'nb-NO')).toThrow(FeedShapeError);
  });
});

describe('feedUrl', () => {
  it('joins the site, base path and route however their slashes are written', () => {
    // The blog plugin normalises routeBasePath to "/nyheter"; joined naively with "/" it makes "//nyheter", another host.
    expect(feedUrl('http://localhost:3000', '/', '/nyheter', 'rss.xml')).toBe('http://localhost:3000/nyheter/rss.xml');
    expect(feedUrl('https://innkjop.example.no', '/innkjop/', 'nyheter', 'atom.xml')).toBe(
      'https://innkjop.example.no/innkjop/nyheter/atom.xml',
    );
  });
});
