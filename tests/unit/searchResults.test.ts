import {describe, expect, it} from 'vitest';
import {DOCUMENT_TYPE, excerptAround, pageHit} from '@site/src/lib/searchResults';

const page = {t: 'Reise'};

describe('a search hit read as a page', () => {
  it('titles a paragraph hit with its page, names its section and keeps the text as excerpt', () => {
    expect(
      pageHit({
        type: DOCUMENT_TYPE.content,
        page,
        document: {
          t: 'Fly bestilles gjennom avtalen.',
          s: 'Avtaleform og varighet',
          u: '/veiledere/reise/',
          h: '#avtaleform',
        },
      }),
    ).toEqual({
      title: 'Reise',
      section: 'Avtaleform og varighet',
      excerpt: 'Fly bestilles gjennom avtalen.',
      url: '/veiledere/reise/#avtaleform',
    });
  });

  it('names a heading hit as the section, without excerpt', () => {
    expect(
      pageHit({type: DOCUMENT_TYPE.heading, page, document: {t: 'Formål', u: '/veiledere/reise/', h: '#formal'}}),
    ).toEqual({title: 'Reise', section: 'Formål', url: '/veiledere/reise/#formal'});
  });

  it('shows a title hit as the page alone, and leaves out a section named like the page', () => {
    expect(pageHit({type: DOCUMENT_TYPE.title, document: {t: 'Reise', u: '/veiledere/reise/'}})).toEqual({
      title: 'Reise',
      url: '/veiledere/reise/',
    });
    expect(
      pageHit({type: DOCUMENT_TYPE.content, page, document: {t: 'Innledning.', s: 'Reise', u: '/veiledere/reise/'}}),
    ).toEqual({title: 'Reise', excerpt: 'Innledning.', url: '/veiledere/reise/'});
  });

  it('keeps the description of a page as its excerpt', () => {
    expect(
      pageHit({type: DOCUMENT_TYPE.description, page, document: {t: 'Om reiseavtaler.', s: 'Reise', u: '/r/'}}),
    ).toEqual({title: 'Reise', excerpt: 'Om reiseavtaler.', url: '/r/'});
  });
});

describe('excerptAround', () => {
  const text =
    'Samarbeidet kunngjør konkurransen på Doffin. Leverandørene får en frist for å levere tilbud, og ' +
    'terskelverdiene avgjør hvilke regler som gjelder. Etter fristen åpnes tilbudene og vurderes.';

  it('shows the text around the first word that starts with a query word, cut at spaces', () => {
    const excerpt = excerptAround(text, ['terskelverdi'], 60);
    expect(excerpt).toContain('terskelverdiene');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt.replace(/^…| …$/g, '').length).toBeLessThanOrEqual(60);
    expect(text).toContain(excerpt.replace(/^…| …$/g, ''));
  });

  it('starts at the beginning when the word is near it, or not found as a word start', () => {
    expect(excerptAround(text, ['samarbeid'], 40).startsWith('Samarbeidet')).toBe(true);
    expect(excerptAround(text, ['beidet'], 40).startsWith('Samarbeidet')).toBe(true);
  });

  it('gives short text whole', () => {
    expect(excerptAround('Kort tekst.', ['tekst'], 60)).toBe('Kort tekst.');
  });
});
