#!/usr/bin/env node
// `npm run template:new` and `npm run template:release`: the logic is TypeScript in src/lib, which Node 20 cannot
// run itself, so jiti (the loader Docusaurus uses for its own TypeScript config) compiles it on the fly.
import createJiti from 'jiti';

const jiti = createJiti(import.meta.url);
const {runTemplateCommand} = jiti('../src/lib/templateCommands.ts');
const {diskStore} = jiti('../src/lib/fileStore.ts');
const {osloIsoDate} = jiti('../src/lib/format.ts');
const {resolvePublisher} = jiti('../src/lib/publisherConfig.ts');
const {publisherOwner} = jiti('../src/data/publisher.ts');

/** The approver of a version that names none: the publisher the PUBLISHER_* variables name, as the build does. */
function owner() {
  try {
    return {ok: true, owner: publisherOwner(resolvePublisher(process.env))};
  } catch (error) {
    return {ok: false, message: error instanceof Error ? error.message : String(error)};
  }
}

const [command = '', ...args] = process.argv.slice(2);
const approver = owner();
const result = approver.ok
  ? await runTemplateCommand(command, args, diskStore(process.cwd()), osloIsoDate(new Date()), approver.owner)
  : approver;
if (result.ok) {
  console.log(result.message);
} else {
  console.error(`Ingen filer ble endret. ${result.message}`);
  process.exitCode = 1;
}
