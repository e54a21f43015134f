import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {STORED_ITEMS} from '@site/src/lib/browserStorage';
import {OFFLINE_CACHES, STORAGE_KEYS, setAsideKey} from '@site/src/lib/storageKeys';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const listed = new Set(STORED_ITEMS.map((item) => item.key));

describe('the privacy page’s list of what the browser keeps', () => {
  it('names every key and cache the code writes, with its set-aside copy', () => {
    for (const key of Object.values(STORAGE_KEYS)) {
      expect(listed, key).toContain(key);
      expect(listed, setAsideKey(key)).toContain(setAsideKey(key));
    }
    for (const cache of Object.values(OFFLINE_CACHES)) expect(listed, cache).toContain(cache);
  });

  it('misses no key written as a literal anywhere in the source', () => {
    const literals = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/['"`](innkjopsportalen[.-][a-z0-9.-]+)['"`]/g)) {
        literals.add(key!);
      }
    }
    expect(literals.size).toBeGreaterThanOrEqual(6);
    expect([...literals].filter((key) => !listed.has(key))).toEqual([]);
  });

  it('says for each entry what is kept and when', () => {
    for (const item of STORED_ITEMS) {
      expect(item.what.length, item.key).toBeGreaterThan(10);
      expect(item.when.length, item.key).toBeGreaterThan(5);
    }
  });
});
