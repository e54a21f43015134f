// `npm test`: typecheck, lint, unit and component tests, production builds (the default, under a sub-path and
// with Algolia), the built pages through the Nu Html Checker, browser tests against those builds. Prints one
// closing line "N passed, N failed" that sums every suite, and exits non-zero if anything failed.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync} from 'node:fs';
import {ensureChromium, ensureJava, ensureUnzip} from './ensure-debian-package.mjs';
import {VARIANTS} from './variants.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, {recursive: true, force: true});
mkdirSync(RESULTS, {recursive: true});

const tally = {passed: 0, failed: 0};
const lines = [];

function run(command, args) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, {stdio: 'inherit', env: {...process.env, FORCE_COLOR: '1'}}).status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function step(name, command, args) {
  const ok = run(command, args);
  tally[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

/** A vitest run: counts its tests from the JSON report; a crash before reporting counts as one failure. */
function vitest(name, config) {
  const report = `${RESULTS}/${name}.json`;
  const ok = run('npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  let passed = 0;
  let failed = 0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests + (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    if (!ok && failed === 0) failed = 1; // a failing suite file or hook, not a single test
  } catch {
    failed = 1;
  }
  tally.passed += passed;
  tally.failed += failed;
  lines.push(`${failed === 0 ? '✔' : '✘'} ${name}: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

const chromium = ensureChromium();
if (!chromium.ok) console.error(chromium.message);
// Without Java the HTML check fails with its own message; installing it first keeps `npm ci && npm test` whole.
const java = ensureJava();
if (!java.ok) console.error(java.message);
const unzip = ensureUnzip();
if (!unzip.ok) console.error(unzip.message);

step('typecheck (tsc)', 'npx', ['tsc', '--noEmit']);
step('lint (ESLint, stylelint, Prettier)', 'npm', ['run', '--silent', 'lint']);
vitest('unit-and-component', 'vitest.config.ts');
const built = step('production build (docusaurus build)', 'npx', ['docusaurus', 'build']);
if (built) {
  step('valid HTML (Nu Html Checker)', 'node', ['scripts/check-html.mjs']);
} else {
  tally.failed += 1;
  lines.push('✘ valid HTML: not run (byggingen feilet)');
}
const variantsBuilt = VARIANTS.map((variant) =>
  step(`production build, ${variant.description}`, 'node', ['scripts/build-variants.mjs', variant.name]),
).every(Boolean);
if (built && variantsBuilt && chromium.ok) {
  vitest('browser', 'vitest.e2e.config.ts');
} else {
  tally.failed += 1;
  lines.push(`✘ browser: not run (${built && variantsBuilt ? 'Chromium mangler' : 'byggingen feilet'})`);
}

console.log(`\n${lines.join('\n')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
