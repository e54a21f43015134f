import {describe, expect, it} from 'vitest';
import {medianResult, pageResult} from '../../scripts/bench/lighthouseResult.mjs';
import {FIXED_PAGES, OUR_CONTENT_PAGE, longestGuide, withLongestGuide} from '../../scripts/bench/pages.mjs';
import {budgetTable} from '../../scripts/bench/budget.mjs';
import {lighthouseTable} from '../../scripts/bench/report.mjs';
import {formatMsDifference} from '../../scripts/bench/table.mjs';

/** A Lighthouse result holding only what the bench reads. */
function lhr({performance = 0.9, tbt = 300, lcp = 2000, script = 900} = {}) {
  return {
    categories: {
      performance: {score: performance},
      accessibility: {score: 1},
      'best-practices': {score: 1},
      seo: {score: 1},
    },
    audits: {
      'total-blocking-time': {numericValue: tbt},
      'largest-contentful-paint': {numericValue: lcp},
      'mainthread-work-breakdown': {
        details: {
          items: [
            {group: 'styleLayout', duration: 120},
            {group: 'scriptEvaluation', duration: script},
          ],
        },
      },
    },
  };
}

describe('bench: Lighthouse results', () => {
  it('keeps the scores, total blocking time, largest contentful paint and script evaluation', () => {
    expect(pageResult(lhr())).toEqual({
      scores: {performance: 0.9, accessibility: 1, 'best-practices': 1, seo: 1},
      metrics: {tbt: 300, lcp: 2000, scriptEvaluation: 900},
    });
  });

  it('leaves a figure the result lacks empty instead of inventing one', () => {
    const result = pageResult({categories: {performance: {score: null}}, audits: {}});
    expect(result.scores.performance).toBeNull();
    expect(result.metrics).toEqual({tbt: null, lcp: null, scriptEvaluation: null});
  });

  it('takes each figure’s median on its own, over the runs that have it', () => {
    const runs = [
      pageResult(lhr({performance: 0.8, tbt: 500})),
      pageResult(lhr({performance: 0.96, tbt: 100})),
      pageResult(lhr({performance: 0.9, tbt: 900, lcp: 1000})),
    ];
    runs[0]!.metrics.scriptEvaluation = null;
    expect(medianResult(runs)).toEqual({
      scores: {performance: 0.9, accessibility: 1, 'best-practices': 1, seo: 1},
      metrics: {tbt: 500, lcp: 2000, scriptEvaluation: 900},
    });
    expect(medianResult([])).toBeNull();
  });
});

describe('bench: pages', () => {
  it('finds the guide with the largest page, the first path in order on a tie', () => {
    expect(
      longestGuide([
        {path: '/veiledere/reise/', bytes: 39_000},
        {path: '/veiledere/ikt/', bytes: 48_000},
        {path: '/veiledere/eiendom/', bytes: 48_000},
      ]),
    ).toBe('/veiledere/eiendom/');
    expect(longestGuide([])).toBeNull();
  });

  it('measures the longest guide right after the guide, and only once', () => {
    const pages = withLongestGuide('/veiledere/ikt/');
    const guideAt = pages.indexOf(OUR_CONTENT_PAGE);
    expect(pages[guideAt + 1]).toEqual({name: 'longest guide', path: '/veiledere/ikt/', kind: 'content'});
    expect(pages).toHaveLength(FIXED_PAGES.length + 1);
    expect(withLongestGuide(OUR_CONTENT_PAGE.path)).toEqual(FIXED_PAGES);
    expect(FIXED_PAGES.map((page) => page.name)).toContain('process phase');
  });
});

describe('bench: report and budget', () => {
  const pages = [OUR_CONTENT_PAGE];
  const mobile = (tbt: number, performance: number) => ({
    preset: 'mobile',
    ours: {[OUR_CONTENT_PAGE.path]: pageResult(lhr({tbt, performance}))},
    bare: {'/docs/intro/': pageResult(lhr({tbt: 200, performance: 0.92}))},
  });
  const desktop = {
    preset: 'desktop',
    ours: {[OUR_CONTENT_PAGE.path]: pageResult(lhr({performance: 1}))},
    bare: null,
  };
  const bytes = {[OUR_CONTENT_PAGE.path]: {js: 100, css: 10}};

  it('shows each page’s blocking time beside its score, and how far it is from the bare page’s', () => {
    const table = lighthouseTable(pages, mobile(450, 0.87), 5);
    const row = table.split('\n').find((line) => line.startsWith('ours'))!;
    expect(row).toMatch(/0\.87 .* 450 ms +2000 ms +900 ms +0\.95 +\+250 ms/);
    expect(table).toContain('median of 5 runs per page');
  });

  it('says which targets a page meets: blocking time within 100 ms of the bare page, scores at least its', () => {
    const verdicts = (tbt: number, performance: number) =>
      budgetTable({pages, presets: [mobile(tbt, performance), desktop], ourBytes: bytes, bareBytes: null})
        .split('\n')
        .filter((line) => line.startsWith('mobile') || line.startsWith('desktop'))
        .map((line) =>
          line
            .split(/\s{2,}/)
            .slice(0, 3)
            .join(' | '),
        );
    expect(verdicts(300, 0.96)).toEqual([
      'mobile performance ≥ 0.95 | guide | yes',
      'mobile performance ≥ bare docs intro | guide | yes',
      'mobile TBT ≤ bare docs intro + 100 ms | guide | yes',
      'desktop performance = 1.00 | guide | yes',
    ]);
    expect(verdicts(301, 0.9)).toEqual([
      'mobile performance ≥ 0.95 | guide | no',
      'mobile performance ≥ bare docs intro | guide | no',
      'mobile TBT ≤ bare docs intro + 100 ms | guide | no',
      'desktop performance = 1.00 | guide | yes',
    ]);
  });

  it('signs a difference in milliseconds', () => {
    expect(formatMsDifference(350.4, 200)).toBe('+150 ms');
    expect(formatMsDifference(150, 200)).toBe('−50 ms');
    expect(formatMsDifference(200, 200)).toBe('±0 ms');
    expect(formatMsDifference(200, null)).toBe('n/a');
  });
});
