/**
 * Released template versions are kept as immutable copies, as Docusaurus keeps
 * `versioned_docs/`: `template-versions/<id>/<version>.mdx`, made by the release
 * command and never edited. The manifest records each copy's SHA-256 so a test
 * notices a copy that changed after release.
 */
import {createHash} from 'node:crypto';

export const SNAPSHOT_DIR = 'template-versions';
export const MANIFEST_PATH = `${SNAPSHOT_DIR}/manifest.json`;

export type SnapshotManifest = Record<string, string>;

export function snapshotPath(id: string, version: string): string {
  return `${SNAPSHOT_DIR}/${id}/${version}.mdx`;
}

/** `<id>/<version>` of a snapshot file, or undefined for anything else in the folder. */
export function snapshotKey(file: string): string | undefined {
  const match = new RegExp(`^${SNAPSHOT_DIR}/([a-z0-9-]+)/([^/]+)\\.mdx$`).exec(file);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function parseManifest(text: string | undefined): SnapshotManifest {
  return text === undefined ? {} : (JSON.parse(text) as SnapshotManifest);
}

/** The manifest with one more snapshot, keys sorted so a release changes one line. */
export function manifestWith(manifest: SnapshotManifest, key: string, text: string): string {
  const next: SnapshotManifest = {...manifest, [key]: sha256(text)};
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
