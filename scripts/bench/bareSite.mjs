// The yardstick: the classic TypeScript template of the same Docusaurus
// version, scaffolded, installed and built exactly as a new user would get it,
// so that the bench shows what this site adds on top of Docusaurus itself. The template has no search, so the
// local search theme this site uses is added with its defaults: the first search is compared with that.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Enough of a failed command's output to see why, without the whole npm log. */
const FAILURE_TAIL_LINES = 40;

/** @typedef {{label: string, seconds: number}} Step */
/** @typedef {{version: string, tempDir: string, buildDir: string, steps: Step[]}} BareSite */

/** @returns {string} the @docusaurus/core version this project has installed */
export function installedDocusaurusVersion() {
  const manifest = readFileSync(path.resolve('node_modules/@docusaurus/core/package.json'), 'utf8');
  return JSON.parse(manifest).version;
}

/**
 * Runs a command with its output held back (npm is chatty), and shows the
 * end of that output only when the command fails.
 * @param {string} label
 * @param {string[]} commandLine
 * @param {string} cwd
 * @returns {Step}
 */
function timedStep(label, [command, ...args], cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .trimEnd()
      .split('\n')
      .slice(-FAILURE_TAIL_LINES)
      .join('\n');
    const reason = result.error?.message ?? `exit code ${result.status}`;
    throw new Error(`${[command, ...args].join(' ')} failed in ${cwd} (${reason}):\n${output}`);
  }
  return {label, seconds};
}

const SEARCH_THEME = '@easyops-cn/docusaurus-search-local';

/** @returns {string} the local search theme's version this project has installed */
function installedSearchThemeVersion() {
  return JSON.parse(readFileSync(path.resolve(`node_modules/${SEARCH_THEME}/package.json`), 'utf8')).version;
}

/**
 * Adds the local search theme, at this project's version and with its default options, to the scaffolded site.
 * @param {string} siteDir
 * @returns {Step}
 */
function addLocalSearch(siteDir) {
  const start = process.hrtime.bigint();
  const manifestPath = path.join(siteDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies[SEARCH_THEME] = installedSearchThemeVersion();
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const configPath = path.join(siteDir, 'docusaurus.config.ts');
  const config = readFileSync(configPath, 'utf8');
  const opening = 'const config: Config = {';
  if (!config.includes(opening)) throw new Error(`${configPath} has no «${opening}» to add the search theme to`);
  writeFileSync(configPath, config.replace(opening, `${opening}\n  themes: ['${SEARCH_THEME}'],`));
  return {label: 'add local search', seconds: Number(process.hrtime.bigint() - start) / 1e9};
}

/**
 * Scaffolds, installs and builds the bare site in a fresh temporary folder.
 * The caller removes it with removeBareSite(); on failure it is removed here.
 * @param {string} version
 * @returns {BareSite}
 */
export function createBareSite(version) {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'bare-docusaurus-'));
  const siteDir = path.join(tempDir, 'bare');
  try {
    const steps = [
      timedStep(
        'scaffold',
        ['npx', '-y', `create-docusaurus@${version}`, 'bare', 'classic', '--typescript', '--skip-install'],
        tempDir,
      ),
      addLocalSearch(siteDir),
      timedStep('npm install', ['npm', 'install', '--no-audit', '--no-fund'], siteDir),
      timedStep('build', ['npx', 'docusaurus', 'build'], siteDir),
    ];
    return {version, tempDir, buildDir: path.join(siteDir, 'build'), steps};
  } catch (error) {
    rmSync(tempDir, {recursive: true, force: true});
    throw error;
  }
}

/** @param {BareSite} site */
export function removeBareSite(site) {
  rmSync(site.tempDir, {recursive: true, force: true});
}
