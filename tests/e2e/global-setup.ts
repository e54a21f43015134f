import {existsSync} from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {startStaticServer} from '../../scripts/static-server.mjs';
import {VARIANTS} from '../../scripts/variants.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Address of each variant build (see scripts/variants.mjs), sub-path included. */
    variantUrls: Record<string, string>;
  }
}

const root = path.resolve(__dirname, '../..');

function requireBuild(dir: string, command: string): string {
  const buildDir = path.resolve(root, dir);
  if (!existsSync(path.join(buildDir, 'sitemap.xml'))) {
    throw new Error(`Fant ikke ${dir}/. Kjør \`${command}\` før nettlesertestene.`);
  }
  return buildDir;
}

export default async function setup(project: TestProject) {
  const main = await startStaticServer({dir: requireBuild('build', 'npm run build')});
  const variants = await Promise.all(
    VARIANTS.map(async (variant) => ({
      name: variant.name,
      server: await startStaticServer({
        dir: requireBuild(variant.dir, 'npm run build:variants'),
        basePath: variant.basePath,
      }),
    })),
  );
  project.provide('baseUrl', main.url);
  project.provide('variantUrls', Object.fromEntries(variants.map((v) => [v.name, v.server.url])));
  return async () => {
    await Promise.all([main.close(), ...variants.map((v) => v.server.close())]);
  };
}
