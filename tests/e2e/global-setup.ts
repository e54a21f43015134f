import {existsSync} from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {startStaticServer} from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const buildDir = path.resolve(__dirname, '../../build');
  if (!existsSync(path.join(buildDir, 'sitemap.xml'))) {
    throw new Error('Fant ikke build/. Kjør `npm run build` før nettlesertestene.');
  }
  const server = await startStaticServer({dir: buildDir});
  project.provide('baseUrl', server.url);
  return () => server.close();
}
