import {describe, expect, it} from 'vitest';
import {editDistance, suggestTerms} from '@site/src/lib/searchSuggestions';
import {GLOSSARY} from '@site/src/data/glossary';

const ids = (query: string) => suggestTerms(query, GLOSSARY).map((s) => s.id);

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one each', () => {
    expect(editDistance('avrop', 'avrop')).toBe(0);
    expect(editDistance('avrop', 'avropp')).toBe(1);
    expect(editDistance('karens', 'kraens')).toBe(1);
    expect(editDistance('kofa', 'kafe')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('term suggestions for a query that finds nothing', () => {
  it('offers the term a misspelling is nearest to, with the page that explains it', () => {
    const [first] = suggestTerms('terskelvedri', GLOSSARY);
    expect(first).toEqual({
      id: 'terskelverdi',
      term: 'terskelverdi',
      href: '/handbok/begreper/#terskelverdi',
      section: {to: '/handbok/regelverk/verdi-og-terskelverdier/', title: 'Verdi og terskelverdier'},
    });
  });

  it('matches a word that starts a term, and a ruled-out variant or synonym', () => {
    expect(ids('rammeavt')).toContain('rammeavtale');
    expect(ids('Karenstid')[0]).toBe('karensperiode');
  });

  it('matches single words of a longer query, at most three terms', () => {
    expect(ids('hva er en dynamisk ordning')).toContain('dynamisk-innkjopsordning');
    expect(ids('anskaffelse').length).toBeLessThanOrEqual(3);
  });

  it('offers nothing for a word unlike any term, or for an empty query', () => {
    expect(ids('xylofon')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});
