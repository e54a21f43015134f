import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts/check-html.mjs');

const VALID =
  '<!doctype html><html lang="nb-NO"><head><meta charset="utf-8"><title>Prøve</title></head>' +
  '<body><main><h1>Prøve</h1><p>En side om innkjøp som er gyldig HTML.</p></main></body></html>';
// Both errors the checker found in the built site before they were fixed.
const INVALID =
  '<!doctype html><html lang="nb-NO"><head><meta charset="utf-8"><title>Feil</title></head>' +
  '<body><main><h1>Feil</h1>\n<h3>2026</h3><p><span aria-label="Ingen rolle">–</span></p></main></body></html>';

const scratch = mkdtempSync(path.join(tmpdir(), 'check-html-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

function site(name: string, pages: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), html);
  }
  mkdirSync(dir, {recursive: true});
  return dir;
}

function check(dir: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [script, dir], {cwd: scratch, encoding: 'utf8', env});
  return {status: result.status, output: result.stdout + result.stderr};
}

// Each run starts a JVM and loads the checker's schemas: seconds, more on a busy machine.
describe('scripts/check-html.mjs', {timeout: 60_000}, () => {
  it('passes a folder of valid pages and says how many it checked', () => {
    const dir = site('valid', {'index.html': VALID, '404.html': VALID, 'om/index.html': VALID, 'app.js': 'x<'});
    const {status, output} = check(dir);
    expect(output).toContain('HTML-sjekk: 3 sider, 0 feil.');
    expect(status).toBe(0);
  });

  it('prints each error as file:line: message and fails', () => {
    const dir = site('invalid', {'index.html': VALID, 'nyheter/archive/index.html': INVALID});
    const {status, output} = check(dir);
    expect(output).toMatch(
      /^invalid\/nyheter\/archive\/index\.html:2: The heading “h3” .* skipping 1 heading level\.$/m,
    );
    expect(output).toMatch(
      /^invalid\/nyheter\/archive\/index\.html:2: The “aria-label” attribute must not be specified/m,
    );
    expect(output).toContain('HTML-sjekk: 2 feil på 1 av 2 sider.');
    expect(status).toBe(1);
  });

  it('fails rather than passing a folder without pages', () => {
    const {status, output} = check(site('empty', {}));
    expect(output).toContain('Ingen HTML-sider');
    expect(status).not.toBe(0);
  });

  it('names the Debian package to install when Java is missing', () => {
    const {status, output} = check(site('no-java', {'index.html': VALID}), {...process.env, PATH: scratch});
    expect(output).toContain('sudo apt-get install -y default-jre-headless');
    expect(status).not.toBe(0);
  });
});
