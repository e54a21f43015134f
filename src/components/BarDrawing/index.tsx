import React from 'react';
import {formatNumber} from '@site/src/lib/format';
import {CHART_WIDTH, barWidth, layoutBars} from '@site/src/lib/chartLayout';
import type {Bar} from '@site/src/lib/surveyView';
import styles from './styles.module.css';

const SCALE_HEIGHT = 24;

type Props = {
  bars: readonly Bar[];
  max: number;
  showCategoryLabels: boolean;
  chartId: string;
  /** Values to mark on an axis under the bars; without it each bar carries only its own value. */
  scale?: readonly number[];
};

/**
 * Horizontal bars as SVG, one small SVG per category under an HTML label so
 * long names wrap on a phone. Each bar carries its value and group in text, so
 * no meaning rests on colour. Hidden from screen readers: callers show the same
 * numbers in a table.
 */
export default function BarDrawing({bars, max, showCategoryLabels, chartId, scale}: Props): React.ReactElement {
  const layout = layoutBars(bars);
  return (
    <div className={styles.drawing} aria-hidden="true" data-chart={chartId}>
      {layout.blocks.map((block) => (
        <div key={block.category} className={styles.block}>
          {showCategoryLabels && <p className={styles.categoryText}>{block.label}</p>}
          <svg className={styles.svg} viewBox={`0 0 ${CHART_WIDTH} ${block.height}`} focusable="false">
            {block.bars.map((bar) => {
              const width = barWidth(bar.value, max, layout.barSpace);
              return (
                <g key={bar.group} transform={`translate(0, ${bar.y})`}>
                  {layout.barStart > 0 && (
                    <text x={0} y={layout.barHeight / 2} dominantBaseline="central" className={styles.groupText}>
                      {bar.groupLabel}
                    </text>
                  )}
                  <rect
                    x={layout.barStart}
                    y={0}
                    width={width}
                    height={layout.barHeight}
                    className={styles[`bar-${bar.group}`]}
                  />
                  <text
                    x={layout.barStart + width + 6}
                    y={layout.barHeight / 2}
                    dominantBaseline="central"
                    className={styles.valueText}
                  >
                    {bar.text}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      ))}
      {scale && (
        <svg className={styles.svg} viewBox={`0 0 ${CHART_WIDTH} ${SCALE_HEIGHT}`} focusable="false">
          <line x1={layout.barStart} x2={layout.barStart + layout.barSpace} y1={1} y2={1} className={styles.axis} />
          {scale.map((tick) => {
            const x = layout.barStart + (tick / max) * layout.barSpace;
            return (
              <g key={tick}>
                <line x1={x} x2={x} y1={1} y2={6} className={styles.axis} />
                <text x={x} y={18} textAnchor="middle" className={styles.valueText}>
                  {formatNumber(tick)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
