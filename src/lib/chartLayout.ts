/**
 * Geometry of the horizontal bar chart, kept out of the component so it can be
 * tested: one line of category text, then one bar per group under it.
 */
import type {Bar} from './surveyView';

export const CHART_WIDTH = 400;
const CATEGORY_LINE = 24;
const BAR_HEIGHT = 22;
const BAR_GAP = 6;
const GROUP_GAP = 14;
const GROUP_LABEL_WIDTH = 122;
const VALUE_LABEL_WIDTH = 78;

export type PositionedBar = Bar & {y: number; labelY: number};
export type CategoryHeading = {category: string; text: string; y: number};

export type ChartLayout = {
  height: number;
  barStart: number;
  barSpace: number;
  barHeight: number;
  headings: CategoryHeading[];
  bars: PositionedBar[];
};

/** Lays out bars grouped by category. Group labels get a column only when groups differ. */
export function layoutBars(bars: readonly Bar[], showCategoryHeadings: boolean): ChartLayout {
  const showGroupLabels = new Set(bars.map((b) => b.group)).size > 1 || bars.some((b) => b.group !== 'alle');
  const barStart = showGroupLabels ? GROUP_LABEL_WIDTH : 0;
  const headings: CategoryHeading[] = [];
  const positioned: PositionedBar[] = [];
  let y = 0;
  let previousCategory: string | undefined;
  for (const bar of bars) {
    if (bar.category !== previousCategory) {
      if (previousCategory !== undefined) y += GROUP_GAP;
      if (showCategoryHeadings) {
        headings.push({category: bar.category, text: bar.categoryLabel, y: y + CATEGORY_LINE - 8});
        y += CATEGORY_LINE;
      }
      previousCategory = bar.category;
    } else {
      y += BAR_GAP;
    }
    positioned.push({...bar, y, labelY: y + BAR_HEIGHT / 2});
    y += BAR_HEIGHT;
  }
  return {
    height: y + 4,
    barStart,
    barSpace: CHART_WIDTH - barStart - VALUE_LABEL_WIDTH,
    barHeight: BAR_HEIGHT,
    headings,
    bars: positioned,
  };
}
