import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {GLOSSARY} from '@site/src/data/glossary';

/**
 * Content uses the glossary's terms: every variant an entry rules out (`avoid`) fails
 * here with file:line, in any inflection or compound that starts with it
 * («avtaleoppfølgingen», «fremdriftsplan»), case-insensitive.
 *
 * A direct quotation may keep its source's wording (the 2018 report's figure titles say
 * «innkjøpsnettverk»). Mark such a line with `terminologi-sitat: <variant>` in a comment
 * on the same line: `{/* terminologi-sitat: innkjøpsnettverk *\/}` in MDX,
 * `// terminologi-sitat: innkjøpsnettverk` in TypeScript. The marker allows that variant
 * on that line only, and a marker that allows nothing fails too.
 */

const root = path.resolve(__dirname, '../..');

const SCANNED: readonly {dir: string; ext: RegExp}[] = [
  {dir: 'docs', ext: /\.(mdx?|ts)$/},
  {dir: 'guides', ext: /\.(mdx?|ts)$/},
  {dir: 'courses', ext: /\.(mdx?|ts)$/},
  {dir: 'blog', ext: /\.mdx?$/},
  {dir: 'src/data', ext: /\.ts$/},
];

/** The glossary lists the variants on purpose. */
const EXCLUDED = new Set(['src/data/glossary.ts']);

/** `terminologi-sitat: <variant>`; the variant is letters, spaces and hyphens, anything after it is a free note. */
const MARKER = /terminologi-sitat:\s*(\p{L}[\p{L} -]*\p{L})/gu;

function files(): string[] {
  return SCANNED.flatMap(({dir, ext}) =>
    readdirSync(path.join(root, dir), {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && ext.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  ).filter((f) => !EXCLUDED.has(f));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole word at the start, any letters after (inflections and compounds), spaces flexible. */
function variantPattern(variant: string): RegExp {
  const words = variant.trim().split(/\s+/).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\p{L}*\\s+')}\\p{L}*`, 'giu');
}

const VARIANTS = GLOSSARY.flatMap((entry) =>
  entry.avoid.map((variant) => ({variant, term: entry.term, pattern: variantPattern(variant)})),
);

type Hit = {file: string; line: number; found: string; use: string};

function scan(file: string): {hits: Hit[]; unusedMarkers: string[]} {
  const hits: Hit[] = [];
  const unusedMarkers: string[] = [];
  readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const allowed = [...text.matchAll(MARKER)].map((m) => m[1]!.toLocaleLowerCase('nb'));
      const used = new Set<string>();
      const prose = text.replace(MARKER, '');
      for (const {variant, term, pattern} of VARIANTS) {
        for (const m of prose.matchAll(pattern)) {
          if (allowed.includes(variant.toLocaleLowerCase('nb'))) used.add(variant.toLocaleLowerCase('nb'));
          else hits.push({file, line: index + 1, found: m[0], use: term});
        }
      }
      for (const marker of allowed) if (!used.has(marker)) unusedMarkers.push(`${file}:${index + 1}: «${marker}»`);
    });
  return {hits, unusedMarkers};
}

describe('terminology', () => {
  const all = files();

  it('scans the content', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(VARIANTS.length).toBeGreaterThan(5);
  });

  it('finds a variant in its inflections and compounds, not inside other words', () => {
    const p = variantPattern('avtaleoppfølging');
    expect('Avtaleoppfølgingen er svak'.match(p)).toEqual(['Avtaleoppfølgingen']);
    expect('avtaleoppfølgingsrutiner'.match(p)).toEqual(['avtaleoppfølgingsrutiner']);
    expect('god kontraktsoppfølging'.match(p)).toBeNull();
    const multi = variantPattern('rådgiver i støttefunksjon');
    expect('Rådgiveren i støttefunksjonen hjelper'.match(multi)).toEqual(['Rådgiveren i støttefunksjonen']);
    expect('en egen støttefunksjon'.match(multi)).toBeNull();
  });

  it('uses the glossary terms everywhere (quotations marked)', () => {
    const hits = all.flatMap((f) => scan(f).hits).map((h) => `${h.file}:${h.line}: «${h.found}», skriv «${h.use}»`);
    expect(hits).toEqual([]);
  });

  it('has no quotation marker that allows nothing', () => {
    expect(all.flatMap((f) => scan(f).unusedMarkers)).toEqual([]);
  });
});
