import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const CONTENT_DIRS = ['docs', 'guides', 'courses', 'blog', 'src/pages'];

function contentFiles(): string[] {
  return CONTENT_DIRS.flatMap((dir) =>
    readdirSync(path.join(root, dir), {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name))),
  );
}

/** Body text without front matter and without JSX tags (which carry ids, not prose). */
function prose(file: string): string {
  return readFileSync(path.join(root, file), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[A-Z][^>]*\/>/g, '');
}

describe('content', () => {
  const files = contentFiles();

  it('finds the content files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s types no percentage: survey figures come from src/data/survey.ts', (file) => {
    expect(prose(file).match(/\d+(?:[.,]\d+)?\s?%/g) ?? []).toEqual([]);
  });

  it.each(files)('%s has no placeholder text', (file) => {
    expect(prose(file)).not.toMatch(/lorem ipsum|\bTODO\b|\bTBD\b|kommer snart/i);
  });
});
