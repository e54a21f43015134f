import {describe, expect, it} from 'vitest';
import {GLOSSARY} from '@site/src/data/glossary';
import {routeExists} from '../routeExists';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lower = (word: string): string => word.toLocaleLowerCase('nb');

describe('glossary', () => {
  it('has at least 40 terms', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(40);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))('%s is a valid entry', (_id, entry) => {
    expect(entry.id).toMatch(SLUG);
    expect(entry.term.trim()).not.toBe('');
    expect(entry.term).toBe(entry.term.trim());
    expect(entry.definition.trim().length).toBeGreaterThan(20);
    expect(entry.definition).toMatch(/[.!?]$/);
    if (entry.source) {
      expect(entry.source.label.trim()).not.toBe('');
      expect(entry.source.url).toMatch(/^https:\/\/[^\s]+$/);
    }
    for (const word of [...entry.avoid, ...entry.synonyms]) {
      expect(word.trim()).not.toBe('');
      expect(word).toBe(word.trim());
    }
    // A variant to avoid is never also offered as an alternative for the same concept.
    expect(entry.avoid.map(lower).filter((w) => entry.synonyms.map(lower).includes(w))).toEqual([]);
    expect(entry.avoid.map(lower)).not.toContain(lower(entry.term));
    for (const link of entry.related) {
      expect(link.title.trim()).not.toBe('');
      expect(routeExists(link.to), `${entry.id}: ${link.to} is not a route`).toBe(true);
    }
  });

  it('has unique ids', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has one entry per term', () => {
    const terms = GLOSSARY.map((e) => lower(e.term));
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });

  it('never rules out a term that another entry uses', () => {
    const terms = new Map(GLOSSARY.map((e) => [lower(e.term), e.id]));
    const clashes = GLOSSARY.flatMap((e) =>
      e.avoid
        .filter((w) => terms.has(lower(w)))
        .map((w) => `${e.id} avoids «${w}», the term of ${terms.get(lower(w))}`),
    );
    expect(clashes).toEqual([]);
  });

  it('rules out each variant in one entry only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const e of GLOSSARY)
      for (const w of e.avoid) {
        const key = lower(w);
        if (seen.has(key)) twice.push(`«${w}» in ${seen.get(key)} and ${e.id}`);
        seen.set(key, e.id);
      }
    expect(twice).toEqual([]);
  });
});
