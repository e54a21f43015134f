import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {COURSES} from '@site/src/data/courses';
import {FIRST_RELEASE} from '@site/src/data/portal';
import {courseTag, guideTag} from '@site/src/lib/changeLogTags';
import {SITE_ROOT, TEMPLATES} from '../helpers/handbookTemplates';

const CORE = {engines: {yaml: (s: string) => yaml.load(s, {schema: yaml.CORE_SCHEMA}) as object}};

const read = (file: string) => matter(readFileSync(path.join(SITE_ROOT, file), 'utf8'), CORE);

const posts = readdirSync(path.join(SITE_ROOT, 'blog'))
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => {
    const {data} = read(`blog/${name}`);
    return {name, date: String(data.date).slice(0, 10), tags: (data.tags ?? []) as string[]};
  });

const guideCategories = readdirSync(path.join(SITE_ROOT, 'guides'))
  .filter((name) => /\.mdx?$/.test(name) && !/^index\./.test(name))
  .map((name) => String(read(`guides/${name}`).data.category));

const tagIds = Object.keys(yaml.load(readFileSync(path.join(SITE_ROOT, 'blog/tags.yml'), 'utf8')) as object);

const expected = [
  ...TEMPLATES.map((t) => String(t.data.template_id)),
  ...guideCategories.map(guideTag),
  ...COURSES.map((c) => courseTag(c.id)),
];

describe('the change log', () => {
  it('finds the templates, guides and courses', () => {
    expect(TEMPLATES.length).toBeGreaterThan(10);
    expect(guideCategories).toContain('ikt');
    expect(expected).toContain('kurs-innkjopssamarbeid');
  });

  it.each(expected)('has a first-publication post tagged %s, with the tag defined', (tag) => {
    expect(tagIds).toContain(tag);
    const tagged = posts.filter((p) => p.tags.includes(tag));
    expect(tagged.map((p) => p.name)).not.toEqual([]);
    expect(tagged.some((p) => p.date === FIRST_RELEASE)).toBe(true);
  });
});
