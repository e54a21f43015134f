// Test steps need three programs from Debian's packages: Chromium for the browser
// tests and the benchmark (test tools cannot download their own browsers here),
// Java for the Nu Html Checker, and unzip for the SCORM packages. Installs a missing one with apt-get when
// running as root; otherwise says what to do.
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {CHROMIUM_PATH} from '../tests/e2e/browser.mjs';

/**
 * @param {{name: string, debianPackage: string, present: () => boolean}} program
 * @returns {{ok: true} | {ok: false, message: string}}
 */
function ensure({name, debianPackage, present}) {
  if (present()) return {ok: true};
  if (process.getuid?.() !== 0) {
    return {ok: false, message: `Fant ikke ${name}. Installer med: sudo apt-get install -y ${debianPackage}`};
  }
  console.log(`${name} mangler; installerer Debians ${debianPackage} med apt-get …`);
  const apt = (args) =>
    spawnSync('apt-get', args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', debianPackage]);
  return present() ? {ok: true} : {ok: false, message: `Klarte ikke å installere ${name} (${debianPackage}).`};
}

export const ensureChromium = () =>
  ensure({name: `Chromium på ${CHROMIUM_PATH}`, debianPackage: 'chromium', present: () => existsSync(CHROMIUM_PATH)});

export const ensureJava = () =>
  ensure({
    name: 'Java (for Nu Html Checker)',
    debianPackage: 'default-jre-headless',
    present: () => spawnSync('java', ['-version'], {stdio: 'ignore'}).status === 0,
  });

/** The package test opens the SCORM zips with the standard unzip, as a platform administrator's tools would. */
export const ensureUnzip = () =>
  ensure({
    name: 'unzip (for SCORM-pakkene)',
    debianPackage: 'unzip',
    present: () => spawnSync('unzip', ['-v'], {stdio: 'ignore'}).status === 0,
  });
