import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {ROUTE_BASES} from '@site/src/data/routes';

const root = path.resolve(__dirname, '..');

const INSTANCES: Record<string, string> = {
  [ROUTE_BASES.handbook]: 'docs',
  [ROUTE_BASES.guides]: 'guides',
  [ROUTE_BASES.courses]: 'courses',
};

/**
 * Whether a site route has a source file, without building: docs instances map
 * /<base>/<path>/ to <dir>/<path>.mdx or <dir>/<path>/index.mdx (or a slug), pages to src/pages.
 */
export function routeExists(route: string): boolean {
  const clean = route.replace(/#.*$/, '').replace(/^\/|\/$/g, '');
  const [base = '', ...rest] = clean.split('/');
  const dir = INSTANCES[base];
  if (!dir)
    return ['tsx', 'md', 'mdx'].some((ext) => existsSync(path.join(root, 'src/pages', `${clean || 'index'}.${ext}`)));
  const rel = rest.join('/');
  const candidates =
    rel === '' ? [`${dir}/index.mdx`] : [`${dir}/${rel}.mdx`, `${dir}/${rel}.md`, `${dir}/${rel}/index.mdx`];
  return candidates.some(
    (c) => existsSync(path.join(root, c)) && !/^slug: (?!\/)/m.test(readFileSync(path.join(root, c), 'utf8')),
  );
}
