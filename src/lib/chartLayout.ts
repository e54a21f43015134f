/**
 * Geometry of the horizontal bar chart, kept out of the component so it can be
 * tested. Bars are grouped by answer category; each category gets its own small
 * SVG under an HTML heading, so long category names wrap on a phone.
 */
import type {Bar} from './surveyView';

export const CHART_WIDTH = 360;
const BAR_HEIGHT = 22;
const BAR_GAP = 6;
const GROUP_LABEL_WIDTH = 148;
const VALUE_LABEL_WIDTH = 62;

export type PositionedBar = Bar & {y: number};

export type CategoryBlock = {category: string; label: string; height: number; bars: PositionedBar[]};

export type ChartLayout = {
  barStart: number;
  barSpace: number;
  barHeight: number;
  blocks: CategoryBlock[];
};

/** Groups bars by category in order and stacks each block's bars. Group labels get a column only when needed. */
export function layoutBars(bars: readonly Bar[]): ChartLayout {
  const showGroupLabels = bars.some((b) => b.group !== 'alle');
  const barStart = showGroupLabels ? GROUP_LABEL_WIDTH : 0;
  const blocks: CategoryBlock[] = [];
  for (const bar of bars) {
    let block = blocks.at(-1);
    if (!block || block.category !== bar.category) {
      block = {category: bar.category, label: bar.categoryLabel, height: 0, bars: []};
      blocks.push(block);
    }
    const y = block.bars.length * (BAR_HEIGHT + BAR_GAP);
    block.bars.push({...bar, y});
    block.height = y + BAR_HEIGHT;
  }
  return {barStart, barSpace: CHART_WIDTH - barStart - VALUE_LABEL_WIDTH, barHeight: BAR_HEIGHT, blocks};
}

/** Smallest bar drawn, so a value of zero still shows where its bar would be. */
export const MIN_BAR_WIDTH = 2;

/** Length of a bar for `value` on a scale from 0 to `max` drawn over `barSpace` units. */
export function barWidth(value: number, max: number, barSpace: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return MIN_BAR_WIDTH;
  return Math.max((Math.min(value, max) / max) * barSpace, MIN_BAR_WIDTH);
}
