// The SCORM packages as an administrator uploads them: size, files, and what takes the room.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {unzipSync} from 'fflate';
import {formatTable} from './table.mjs';

/**
 * @param {string} buildDir
 * @returns {{name: string, bytes: number, files: number, largest: string}[]}
 */
export function scormPackageFigures(buildDir) {
  const dir = path.join(buildDir, 'scorm');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.zip'))
    .sort()
    .map((file) => {
      const zip = readFileSync(path.join(dir, file));
      const entries = Object.entries(unzipSync(zip));
      const [largestName, largestData] = entries.reduce((a, b) => (b[1].length > a[1].length ? b : a));
      return {
        name: file,
        bytes: zip.length,
        files: entries.length,
        largest: `${largestName} (${largestData.length} bytes unpacked)`,
      };
    });
}

/** @param {ReturnType<typeof scormPackageFigures>} figures */
export function scormPackageTable(figures) {
  if (figures.length === 0) return 'SCORM packages: none in the build';
  return formatTable(
    [
      {title: 'SCORM package'},
      {title: 'zip bytes', numeric: true},
      {title: 'files', numeric: true},
      {title: 'largest file'},
    ],
    figures.map((f) => [f.name, String(f.bytes), String(f.files), f.largest]),
  );
}
