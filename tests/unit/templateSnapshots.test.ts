import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {isTemplate} from '@site/src/lib/templateMarker';
import {historyEntries} from '@site/src/lib/templateHistory';
import {MANIFEST_PATH, SNAPSHOT_DIR, sha256, snapshotKey, snapshotPath} from '@site/src/lib/templateSnapshots';

const root = path.resolve(__dirname, '../..');
const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};
const filesUnder = (dir: string) =>
  readdirSync(path.join(root, dir), {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();

const manifest = JSON.parse(readFileSync(path.join(root, MANIFEST_PATH), 'utf8')) as Record<string, string>;
const snapshots = filesUnder(SNAPSHOT_DIR).filter((file) => file !== MANIFEST_PATH);
const templates = filesUnder('docs')
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => matter(readFileSync(path.join(root, file), 'utf8'), CORE).data)
  .filter(isTemplate);
const posts = filesUnder('blog')
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => matter(readFileSync(path.join(root, file), 'utf8'), CORE));

describe('released template versions', () => {
  it('are each recorded in the manifest, and the manifest names no missing file', () => {
    expect(snapshots.map(snapshotKey)).toEqual(Object.keys(manifest).sort());
  });

  it.each(snapshots)('%s is unchanged since its release (SHA-256 in the manifest)', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(sha256(text), `${file} er endret etter utgivelsen; lag en ny versjon med npm run template:release`).toBe(
      manifest[snapshotKey(file)!],
    );
  });

  it.each(templates.map((t) => [String(t.template_id), t]))(
    '%s: every version in its history has a snapshot and a change-log post in the feeds',
    (id, frontMatter) => {
      for (const entry of historyEntries(frontMatter)) {
        expect(snapshots, `${id} ${entry.version}`).toContain(snapshotPath(id, entry.version));
        const announced = posts.some(
          (post) => (post.data.tags as string[]).includes(id) && post.content.includes(entry.version),
        );
        expect(announced, `nyhetsinnlegg for ${id} ${entry.version}`).toBe(true);
      }
    },
  );
});
