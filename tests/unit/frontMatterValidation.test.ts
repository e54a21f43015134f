import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import frontMatterValidation from '@site/src/plugins/front-matter-validation';
import {formatProblems, scanFrontMatter, type FrontMatterRule} from '@site/src/lib/frontMatterScan';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);

const RULES: FrontMatterRule[] = [
  {dir: 'docs', kind: 'template', appliesTo: 'templates'},
  {dir: 'guides', kind: 'guide', appliesTo: 'all', exclude: ['index.mdx']},
];

function pluginFor(siteDir: string) {
  return frontMatterValidation({siteDir} as LoadContext, {rules: RULES});
}

describe('front-matter validation plugin', () => {
  it('fails the build on the bad fixture, naming file, field and what was expected', async () => {
    const plugin = pluginFor(fixture('bad-site'));
    const failure = plugin.loadContent!();
    await expect(failure).rejects.toThrow(/Ugyldig front matter i 3 fil\(er\)/);
    await expect(failure).rejects.toThrow(
      /docs\/maler\/feil-mal\.mdx: felt «version»: forventet et versjonsnummer på formen 1\.2\.0 \(semver\) \(fikk: "1\.0"\)/,
    );
    await expect(failure).rejects.toThrow(/guides\/ukjent-kategori\.mdx: felt «category»: forventet én av kategoriene/);
  });

  it('lets a valid site through', async () => {
    await expect(pluginFor(fixture('good-site')).loadContent!()).resolves.toBeUndefined();
  });

  it('finds every problem in the bad fixture and skips pages that are not templates', async () => {
    const problems = await scanFrontMatter(fixture('bad-site'), RULES);
    const byFile: Record<string, typeof problems> = {};
    for (const problem of problems) (byFile[problem.file] ??= []).push(problem);
    expect(Object.keys(byFile).sort()).toEqual([
      'docs/maler/feil-mal.mdx',
      'docs/maler/mangler-felt.md',
      'guides/ukjent-kategori.mdx',
    ]);
    expect(byFile['docs/maler/feil-mal.mdx']!.map((p) => p.field).sort()).toEqual([
      'history',
      'last_reviewed',
      'owner',
      'status',
      'template_id',
      'version',
    ]);
    expect(byFile['guides/ukjent-kategori.mdx']!.map((p) => p.field).sort()).toEqual([
      'category',
      'last_reviewed',
      'related',
    ]);
    expect(formatProblems(problems).split('\n')).toHaveLength(problems.length + 1);
  });

  it('passes the site’s own handbook and guides', async () => {
    expect(await scanFrontMatter(root, RULES)).toEqual([]);
  });
});
