import {describe, expect, it} from 'vitest';
import {absoluteLink, type LinkContext} from '@site/src/lib/docLinks';

const context: LinkContext = {
  siteUrl: 'https://innkjop.example.no',
  baseUrl: '/innkjop/',
  file: 'docs/roller/leder.mdx',
  permalink: '/innkjop/handbok/roller/leder/',
  permalinks: new Map([
    ['docs/roller/leder.mdx', '/innkjop/handbok/roller/leder/'],
    ['docs/roller/kategoriansvarlig.mdx', '/innkjop/handbok/roller/kategoriansvarlig'],
    ['docs/prosess/index.mdx', '/innkjop/handbok/prosess/'],
  ]),
};

describe('absoluteLink', () => {
  it.each([
    ['./kategoriansvarlig.mdx', 'https://innkjop.example.no/innkjop/handbok/roller/kategoriansvarlig/'],
    ['kategoriansvarlig.mdx#ansvar', 'https://innkjop.example.no/innkjop/handbok/roller/kategoriansvarlig/#ansvar'],
    ['../prosess/index.mdx', 'https://innkjop.example.no/innkjop/handbok/prosess/'],
    ['/docs/prosess/index.mdx', 'https://innkjop.example.no/innkjop/handbok/prosess/'],
    ['/prosess/index.mdx', 'https://innkjop.example.no/innkjop/handbok/prosess/'],
    ['/handbok/prosess/', 'https://innkjop.example.no/innkjop/handbok/prosess/'],
    ['/handbok/prosess/avviksrapport', 'https://innkjop.example.no/innkjop/handbok/prosess/avviksrapport/'],
    ['/veiledere/ikt#avtaler', 'https://innkjop.example.no/innkjop/veiledere/ikt/#avtaler'],
    ['/maler/mandat.docx', 'https://innkjop.example.no/innkjop/maler/mandat.docx'],
    ['/', 'https://innkjop.example.no/innkjop/'],
    ['#ansvar', 'https://innkjop.example.no/innkjop/handbok/roller/leder/#ansvar'],
    ['../', 'https://innkjop.example.no/innkjop/handbok/roller/'],
    ['https://lovdata.no/lov/2016-06-17-73', 'https://lovdata.no/lov/2016-06-17-73'],
  ])('%s → %s', (href, expected) => {
    expect(absoluteLink(href, context)).toBe(expected);
  });

  it('names the link and the page when a source file has no page', () => {
    expect(() => absoluteLink('./borte.mdx', context)).toThrow(
      'Lenken «./borte.mdx» i docs/roller/leder.mdx viser til en fil som ingen side er bygd fra.',
    );
  });
});
