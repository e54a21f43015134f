/**
 * The few file operations the editor commands need, behind one interface, so a
 * command can be planned in full before anything is written and a test can run
 * it over the real repository without changing it.
 */
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

export type FileStore = {
  /** The text of a file relative to the repository root, or undefined when there is none. */
  read(file: string): Promise<string | undefined>;
  /** Files under a folder, recursively, as paths relative to the repository root, sorted. */
  list(dir: string): Promise<string[]>;
  write(file: string, text: string): Promise<void>;
};

const posix = (file: string) => file.split(path.sep).join('/');

async function listDisk(root: string, dir: string): Promise<string[]> {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  const entries = await readdir(full, {recursive: true, withFileTypes: true});
  return entries
    .filter((e) => e.isFile())
    .map((e) => posix(path.relative(root, path.join(e.parentPath, e.name))))
    .sort();
}

export function diskStore(root: string): FileStore {
  return {
    read: async (file) => (existsSync(path.join(root, file)) ? readFile(path.join(root, file), 'utf8') : undefined),
    list: (dir) => listDisk(root, dir),
    async write(file, text) {
      await mkdir(path.dirname(path.join(root, file)), {recursive: true});
      await writeFile(path.join(root, file), text);
    },
  };
}

/** Reads the repository at `root` and keeps every write in `written`, leaving the disk as it was. */
export function overlayStore(root: string): FileStore & {written: Map<string, string>} {
  const written = new Map<string, string>();
  return {
    written,
    read: async (file) =>
      written.get(file) ??
      (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined),
    async list(dir) {
      const added = [...written.keys()].filter((file) => file.startsWith(`${dir}/`));
      return [...new Set([...(await listDisk(root, dir)), ...added])].sort();
    },
    async write(file, text) {
      written.set(file, text);
    },
  };
}
