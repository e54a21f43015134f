import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const dataDir = path.resolve(__dirname, '../../src/data');
const modules = readdirSync(dataDir).filter((f) => /\.tsx?$/.test(f));

/** Every module specifier a file imports or re-exports from. */
function specifiers(source: string): string[] {
  const pattern =
    /^\s*(?:(?:import|export)\b[^'"]*?\bfrom\s+|import\s+)['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;
  return [...source.matchAll(pattern)].map((m) => (m[1] ?? m[2])!);
}

describe('src/data', () => {
  it('has data modules', () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  // Data is what editors change; logic that reads it belongs in src/lib, so a data module never pulls logic in.
  it.each(modules)('%s imports only other data modules', (file) => {
    const outside = specifiers(readFileSync(path.join(dataDir, file), 'utf8')).filter(
      (s) => !(s.startsWith('./') && !s.slice(2).includes('/')),
    );
    expect(outside, `${file} imports from outside src/data`).toEqual([]);
  });
});
