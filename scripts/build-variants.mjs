// The two other ways the site is deployed, each built into its own folder for
// the browser tests: under a sub-path (as many agencies host it) and with
// Algolia DocSearch instead of the local search. `npm run build:variants`
// builds both; `node scripts/build-variants.mjs sub-path` builds one.
import {spawnSync} from 'node:child_process';
import {VARIANTS} from './variants.mjs';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !VARIANTS.some((v) => v.name === name));
if (unknown.length > 0) {
  console.error(`Ukjent variant: ${unknown.join(', ')}. Velg blant: ${VARIANTS.map((v) => v.name).join(', ')}.`);
  process.exit(2);
}

let failed = false;
for (const variant of VARIANTS.filter((v) => wanted.length === 0 || wanted.includes(v.name))) {
  console.log(`\n▶ docusaurus build --out-dir ${variant.dir} (${variant.description})`);
  const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', variant.dir], {
    stdio: 'inherit',
    env: {...process.env, ...variant.env},
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
