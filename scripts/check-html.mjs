// `npm run check:html [dir]`: every HTML page of the built site (default `build/`)
// through the Nu Html Checker (the vnu-jar package), errors only. Prints each error
// as `file:line: message` and a closing summary; exits non-zero on any error.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(message);
  process.exit(2);
}

const root = path.resolve(process.argv[2] ?? 'build');
if (!existsSync(root) || !statSync(root).isDirectory()) {
  fail(`Fant ikke ${path.relative(process.cwd(), root) || root}/. Bygg nettstedet først: npx docusaurus build`);
}

// The files are listed here, not left to vnu's directory walk, because vnu reports
// a path it cannot read as zero errors: an empty or wrong folder would pass.
const pages = readdirSync(root, {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.html'))
  .map((file) => path.join(root, file))
  .sort();
if (pages.length === 0) fail(`Ingen HTML-sider i ${root}. Bygg nettstedet først: npx docusaurus build`);

const java = spawnSync('java', ['-version'], {encoding: 'utf8'});
if (java.error) {
  fail(
    'Java mangler: HTML-sjekken (Nu Html Checker, vnu.jar) trenger Java 17 eller nyere.\n' +
      'Installer Debians default-jre-headless: sudo apt-get install -y default-jre-headless',
  );
}

const vnu = spawnSync(
  'java',
  ['-jar', require('vnu-jar'), '--errors-only', '--format', 'json', '--stdout', '--skip-non-html', ...pages],
  {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024},
);
let report;
try {
  report = JSON.parse(vnu.stdout);
} catch {
  fail(`Nu Html Checker svarte ikke med JSON (exit ${vnu.status}):\n${vnu.stdout}\n${vnu.stderr}`);
}

// "error" covers markup errors and fatal parse errors; "non-document-error" is a file
// the checker could not read, which must not pass as a clean page either.
const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
if (errors.length === 0 && vnu.status !== 0) {
  fail(`Nu Html Checker avsluttet med exit ${vnu.status} uten å melde feil:\n${vnu.stderr}`);
}

const shown = (url) => path.relative(process.cwd(), url?.startsWith('file:') ? fileURLToPath(url) : (url ?? '?'));
const byPage = new Map();
for (const m of errors) {
  const file = shown(m.url);
  byPage.set(file, (byPage.get(file) ?? 0) + 1);
  console.log(`${file}:${m.firstLine ?? m.lastLine ?? 0}: ${m.message}`);
  // Built pages are minified onto a few long lines, so the line alone rarely finds the spot.
  if (m.extract) console.log(`    … ${m.extract.replace(/\s+/g, ' ')} …`);
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
if (errors.length === 0) {
  console.log(`HTML-sjekk: ${count(pages.length, 'side', 'sider')}, 0 feil.`);
} else {
  console.log(`HTML-sjekk: ${errors.length} feil på ${byPage.size} av ${count(pages.length, 'side', 'sider')}.`);
}
process.exit(errors.length === 0 ? 0 : 1);
