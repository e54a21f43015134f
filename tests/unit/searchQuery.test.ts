import {describe, expect, it} from 'vitest';
import {
  compoundSplits,
  glossaryAliases,
  glossaryWords,
  queryRewrites,
  realReadingScore,
  withGlossaryTerms,
} from '@site/src/lib/searchQuery';
import {GLOSSARY} from '@site/src/data/glossary';

const aliases = glossaryAliases([
  {term: 'direkte anskaffelse', avoid: ['direktekjøp'], synonyms: ['småinnkjøp']},
  {term: 'karensperiode', avoid: ['karenstid'], synonyms: ['standstill']},
  {term: 'SSA', avoid: [], synonyms: ['statens standardavtaler']},
  {term: 'kunngjøring', avoid: [], synonyms: ['utlysning']},
]);

describe('glossary aliases', () => {
  it('maps ruled-out variants and synonyms to the term, in lower case, phrases first', () => {
    expect(aliases[0]).toEqual({from: 'statens standardavtaler', to: 'ssa'});
    expect(aliases).toContainEqual({from: 'direktekjøp', to: 'direkte anskaffelse'});
    expect(aliases).toContainEqual({from: 'standstill', to: 'karensperiode'});
  });

  it('replaces whole words and phrases only', () => {
    expect(withGlossaryTerms('Karenstid etter tildeling', aliases)).toBe('karensperiode etter tildeling');
    expect(withGlossaryTerms('bruk av statens standardavtaler', aliases)).toBe('bruk av ssa');
    expect(withGlossaryTerms('utlysningstekst', aliases)).toBe('utlysningstekst');
  });

  it('covers every avoided variant of the real glossary', () => {
    const all = glossaryAliases(GLOSSARY);
    for (const entry of GLOSSARY)
      for (const avoided of entry.avoid)
        expect(withGlossaryTerms(avoided, all), avoided).toBe(entry.term.toLocaleLowerCase('nb'));
  });
});

describe('compound splits', () => {
  it('reads a compound as two words, longer first part first, with and without a linking s', () => {
    const splits = compoundSplits('flyreiser');
    expect(splits).toContain('fly reiser');
    expect(splits.indexOf('flyrei ser')).toBeLessThan(splits.indexOf('fly reiser'));
    expect(compoundSplits('kontraktsoppfølging')).toContain('kontrakt oppfølging');
    expect(compoundSplits('konkurransegjennomføring')).toContain('konkurranse gjennomføring');
  });

  it('leaves short words, phrases and words with digits alone', () => {
    expect(compoundSplits('avrop')).toEqual([]);
    expect(compoundSplits('ssa-avtale')).toEqual([]);
    expect(compoundSplits('SSA-B2023')).toEqual([]);
  });
});

describe('query rewrites', () => {
  it('offers the glossary term for a synonym, and compound readings for one word only', () => {
    expect(queryRewrites('Standstill', aliases)).toEqual({
      terms: ['karensperiode'],
      compounds: compoundSplits('standstill'),
    });
    expect(queryRewrites('karensperiode', aliases).terms).toEqual([]);
    expect(queryRewrites('direkte anskaffelse', aliases).compounds).toEqual([]);
  });
});

describe('real readings of a compound', () => {
  const words = glossaryWords(GLOSSARY);

  it('collects the glossary words, of at least three letters', () => {
    expect(words.has('konkurranse')).toBe(true);
    expect(words.has('rammeavtale')).toBe(true);
    expect(words.has('og')).toBe(false);
  });

  it('counts a part whose stem the search matched, or a glossary word', () => {
    expect(realReadingScore('fly reiser', ['fly', 'reis'], new Set())).toBeCloseTo((1 + 4 / 6) / 2);
    expect(realReadingScore('konkurranse gjennomføring', ['gjennomføring'], words)).toBe(1);
  });

  it('rejects a reading with a part no matched term starts, or one a stem leaves too much of', () => {
    expect(realReadingScore('flyrei ser', ['fly', 'ser'], new Set())).toBe(0);
    expect(realReadingScore('flyr eiser', ['fly', 'eiserne'], new Set())).toBe(0);
    expect(realReadingScore('fly reiser', [], new Set())).toBe(0);
  });

  it('ranks the reading of whole words above one of a stem and a fragment', () => {
    const terms = ['fly', 'flyr', 'reis', 'eis'];
    expect(realReadingScore('fly reiser', terms, new Set())).toBeGreaterThan(
      realReadingScore('flyr eiser', terms, new Set()),
    );
  });
});
