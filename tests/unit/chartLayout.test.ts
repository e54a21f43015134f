import {describe, expect, it} from 'vitest';
import {FIGURE_TITLES, SURVEY_FINDINGS} from '@site/src/data/survey';
import {CHART_WIDTH, MIN_BAR_WIDTH, barWidth, layoutBars} from '@site/src/lib/chartLayout';
import {chartBars} from '@site/src/lib/surveyView';
import {groupBySource} from '@site/src/lib/sourceIndex';
import {byCategory, bySector, forEveryone} from '../helpers/surveyFixtures';

describe('layoutBars', () => {
  it('makes one block per category, stacking its bars without overlap', () => {
    const layout = layoutBars(chartBars(byCategory));
    expect(layout.blocks.map((b) => b.label)).toEqual(['Svak forankring', 'For lite ressurser', 'Uklare behov']);
    const lastBlock = layout.blocks.at(-1)!;
    expect(lastBlock.bars.map((b) => b.group)).toEqual(['kommune', 'stat']);
    expect(lastBlock.bars[1]!.y).toBeGreaterThanOrEqual(lastBlock.bars[0]!.y + layout.barHeight);
    expect(lastBlock.height).toBe(lastBlock.bars[1]!.y + layout.barHeight);
    expect(layout.barStart + layout.barSpace).toBeLessThan(CHART_WIDTH);
  });

  it('gives group labels no column when every bar is for all respondents', () => {
    expect(layoutBars(chartBars(forEveryone)).barStart).toBe(0);
    expect(layoutBars(chartBars(bySector)).barStart).toBeGreaterThan(0);
  });
});

describe('groupBySource', () => {
  it('groups findings by figure in report order, sections without figure first', () => {
    const groups = groupBySource(SURVEY_FINDINGS);
    const figures = groups.map((g) => g.findings[0]!.source.figure ?? 0);
    expect(figures).toEqual([...figures].sort((a, b) => a - b));
    for (const group of groups.filter((g) => g.key.startsWith('figur-'))) {
      const figure = group.findings[0]!.source.figure!;
      expect(group.heading).toBe(`Figur ${figure}: ${FIGURE_TITLES[figure]}`);
      expect(group.findings.every((f) => f.source.figure === figure)).toBe(true);
    }
    expect(groups.flatMap((g) => g.findings)).toHaveLength(SURVEY_FINDINGS.length);
  });
});

describe('barWidth', () => {
  it('scales a value linearly from zero to the full bar space', () => {
    expect(barWidth(50, 100, 200)).toBe(100);
    expect(barWidth(100, 100, 200)).toBe(200);
    expect(barWidth(31, 62, 150)).toBe(75);
  });

  it('draws a sliver for zero and never draws past the scale', () => {
    expect(barWidth(0, 100, 200)).toBe(MIN_BAR_WIDTH);
    expect(barWidth(140, 100, 200)).toBe(200);
  });

  it('falls back to the sliver rather than NaN when the scale is empty or the value is not a number', () => {
    expect(barWidth(5, 0, 200)).toBe(MIN_BAR_WIDTH);
    expect(barWidth(Number.NaN, 100, 200)).toBe(MIN_BAR_WIDTH);
  });
});
