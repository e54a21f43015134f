import {describe, expect, it} from 'vitest';
import {getFinding} from '@site/src/data/survey';
import {CHART_WIDTH, layoutBars} from '@site/src/lib/chartLayout';
import {chartBars} from '@site/src/lib/surveyView';
import {groupBySource} from '@site/src/lib/sourceIndex';
import {SURVEY_FINDINGS} from '@site/src/data/survey';

describe('layoutBars', () => {
  it('stacks bars below their category heading without overlap', () => {
    const layout = layoutBars(chartBars(getFinding('svakheter')), true);
    expect(layout.headings).toHaveLength(4);
    const ys = layout.bars.map((b) => b.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThanOrEqual(ys[i - 1]! + layout.barHeight);
    expect(layout.height).toBeGreaterThan(ys.at(-1)! + layout.barHeight);
    expect(layout.barStart + layout.barSpace).toBeLessThan(CHART_WIDTH);
  });

  it('gives group labels no column when every bar is for all respondents', () => {
    const layout = layoutBars(chartBars(getFinding('kategorier')), true);
    expect(layout.barStart).toBe(0);
  });
});

describe('groupBySource', () => {
  it('groups findings by figure in report order, sections without figure first', () => {
    const groups = groupBySource(SURVEY_FINDINGS);
    const figures = groups.map((g) => g.findings[0]!.source.figure ?? 0);
    expect(figures).toEqual([...figures].sort((a, b) => a - b));
    expect(groups.find((g) => g.key === 'figur-22')!.heading).toBe(
      'Figur 22: Hvorvidt virksomheten eller innkjøpsnettverket/-samarbeidet har dokumentert kostnadsbesparelser',
    );
    expect(groups.flatMap((g) => g.findings)).toHaveLength(SURVEY_FINDINGS.length);
  });
});
