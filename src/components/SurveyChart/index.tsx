import React, {useId} from 'react';
import Link from '@docusaurus/Link';
import {scaleLinear} from '@visx/scale';
import {Bar as VisxBar} from '@visx/shape';
import {Group as VisxGroup} from '@visx/group';
import {getFinding} from '@site/src/data/survey';
import {formatSource} from '@site/src/lib/format';
import {CHART_WIDTH, layoutBars} from '@site/src/lib/chartLayout';
import {chartBars, findingTitle, sourceHref} from '@site/src/lib/surveyView';
import FindingTable from '@site/src/components/FindingTable';
import styles from './styles.module.css';

/**
 * A survey finding as a bar chart rendered to SVG at build time, with caption,
 * source and the same numbers in a table. Every bar carries its value and group
 * in text, so no meaning rests on colour. The drawing is hidden from screen
 * readers, which get the table instead of reading the numbers twice.
 */
export default function SurveyChart({id, title}: {id: string; title?: string}): React.ReactElement {
  const finding = getFinding(id);
  const captionId = useId();
  const bars = chartBars(finding);
  const layout = layoutBars(bars);
  const max = finding.unit === 'prosent' ? 100 : Math.max(...bars.map((b) => b.value), 1);
  const x = scaleLinear<number>({domain: [0, max], range: [0, layout.barSpace]});
  const heading = title ?? findingTitle(finding);

  return (
    <figure className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {heading}
      </figcaption>
      <div className={styles.drawing} aria-hidden="true" data-chart={finding.id}>
        {layout.blocks.map((block) => (
          <div key={block.category} className={styles.block}>
            {finding.categories && <p className={styles.categoryText}>{block.label}</p>}
            <svg className={styles.svg} viewBox={`0 0 ${CHART_WIDTH} ${block.height}`} focusable="false">
              {block.bars.map((bar) => {
                const width = Math.max(x(bar.value), 2);
                return (
                  <VisxGroup key={bar.group} top={bar.y}>
                    {layout.barStart > 0 && (
                      <text x={0} y={layout.barHeight / 2} dominantBaseline="central" className={styles.groupText}>
                        {bar.groupLabel}
                      </text>
                    )}
                    <VisxBar x={layout.barStart} y={0} width={width} height={layout.barHeight} className={styles[`bar-${bar.group}`]} />
                    <text x={layout.barStart + width + 6} y={layout.barHeight / 2} dominantBaseline="central" className={styles.valueText}>
                      {bar.text}
                    </text>
                  </VisxGroup>
                );
              })}
            </svg>
          </div>
        ))}
      </div>
      <FindingTable finding={finding} caption={`Tabell: ${heading}`} />
      <p className={styles.source}>
        {finding.n !== undefined && <>N = {finding.n}. </>}
        Kilde: <Link to={sourceHref(finding.id)}>{formatSource(finding.source)}</Link>.
        {finding.unstated && <> {finding.unstated}</>}
      </p>
    </figure>
  );
}
