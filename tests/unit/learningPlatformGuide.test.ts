import {readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {LEARNING_PLATFORM_GUIDE_ROUTE, ROUTE_BASES} from '@site/src/data/routes';
import {routeExists} from '../routeExists';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('learning-platform guide', () => {
  it('lives at the route the course pages link to', () => {
    expect(routeExists(LEARNING_PLATFORM_GUIDE_ROUTE)).toBe(true);
    const {slug} = matter(read('courses/laeringsplattform.mdx')).data as {slug: string};
    expect(`/${ROUTE_BASES.courses}${slug}`).toBe(LEARNING_PLATFORM_GUIDE_ROUTE);
  });

  it('is linked from the course list', () => {
    expect(read('courses/index.mdx')).toContain(`](${LEARNING_PLATFORM_GUIDE_ROUTE})`);
  });
});
