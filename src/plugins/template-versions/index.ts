import {readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {diskStore} from '../../lib/fileStore';
import {compareVersions} from '../../lib/semver';
import {SNAPSHOT_DIR, snapshotKey} from '../../lib/templateSnapshots';
import {templateChangesPath} from '../../lib/documentMeta';

export type VersionText = {version: string; title: string; body: string};
export type TemplateVersions = {id: string; versions: VersionText[]};

const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

/** Every released version of every template, from its snapshot, oldest first. */
export async function loadTemplateVersions(siteDir: string): Promise<TemplateVersions[]> {
  const byId = new Map<string, VersionText[]>();
  for (const file of await diskStore(siteDir).list(SNAPSHOT_DIR)) {
    const key = snapshotKey(file);
    if (!key) continue;
    const [id, version] = key.split('/') as [string, string];
    const {data, content} = matter(await readFile(path.join(siteDir, file), 'utf8'), CORE);
    byId.set(id, [...(byId.get(id) ?? []), {version, title: String(data.title), body: content}]);
  }
  return [...byId].map(([id, versions]) => ({
    id,
    versions: versions.sort((a, b) => compareVersions(a.version, b.version)),
  }));
}

/** A «Hva er endret» page for each template released in two versions or more. */
export default function templateVersions(context: LoadContext): Plugin<TemplateVersions[]> {
  return {
    name: 'template-versions',
    loadContent: () => loadTemplateVersions(context.siteDir),
    async contentLoaded({content, actions}) {
      for (const template of content.filter((t) => t.versions.length > 1)) {
        const data = await actions.createData(`${template.id}.json`, JSON.stringify(template));
        actions.addRoute({
          path: `${context.baseUrl}${templateChangesPath(template.id).slice(1)}`,
          component: '@site/src/components/TemplateChanges',
          modules: {template: data},
          exact: true,
        });
      }
    },
  };
}
