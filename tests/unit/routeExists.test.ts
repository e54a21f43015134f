import {describe, expect, it} from 'vitest';
import {CATEGORY_IDS} from '@site/src/data/categories';
import {COURSES} from '@site/src/data/courses';
import {guidePath, handbookPath} from '@site/src/data/routes';
import {routeExists} from '../routeExists';

describe('routeExists', () => {
  it('finds docs, guides, courses and pages, and refuses what is not there', () => {
    expect(routeExists(handbookPath('prosess/avviksrapport'))).toBe(true);
    expect(routeExists(handbookPath('mandat/'))).toBe(true);
    expect(routeExists(guidePath(CATEGORY_IDS[0]))).toBe(true);
    // A course overview lives at the course's slug, not at its file path.
    expect(routeExists(COURSES[0]!.route)).toBe(true);
    expect(routeExists('/samarbeid/')).toBe(true);
    expect(routeExists(handbookPath('finnes-ikke/'))).toBe(false);
    expect(routeExists(guidePath('romfart'))).toBe(false);
  });
});
