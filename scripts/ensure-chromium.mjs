// The browser tests and the benchmark drive Debian's Chromium (test tools cannot
// download their own browsers here). Installs it with apt-get when missing and
// running as root; otherwise says what to do.
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {CHROMIUM_PATH} from '../tests/e2e/browser.mjs';

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return {ok: true};
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      message: `Fant ikke Chromium på ${CHROMIUM_PATH}. Installer med: sudo apt-get install -y chromium`,
    };
  }
  console.log('Chromium mangler; installerer Debians chromium med apt-get …');
  const apt = (args) =>
    spawnSync('apt-get', args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
  return existsSync(CHROMIUM_PATH)
    ? {ok: true}
    : {ok: false, message: `Klarte ikke å installere Chromium på ${CHROMIUM_PATH}.`};
}
