import React, {useId} from 'react';
import Link from '@docusaurus/Link';
import {getFinding} from '@site/src/data/survey';
import {formatSource} from '@site/src/lib/format';
import {chartBars, findingTitle, sourceHref} from '@site/src/lib/surveyView';
import BarDrawing from '@site/src/components/BarDrawing';
import FindingTable from '@site/src/components/FindingTable';
import styles from './styles.module.css';

/**
 * A survey finding as a bar chart rendered to SVG at build time, with caption,
 * source and the same numbers in a table for screen readers and without colour.
 */
export default function SurveyChart({id, title}: {id: string; title?: string}): React.ReactElement {
  const finding = getFinding(id);
  const captionId = useId();
  const bars = chartBars(finding);
  const max = finding.unit === 'prosent' ? 100 : Math.max(...bars.map((b) => b.value), 1);
  const heading = title ?? findingTitle(finding);

  return (
    <figure className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {heading}
      </figcaption>
      <BarDrawing bars={bars} max={max} showCategoryLabels={Boolean(finding.categories)} chartId={finding.id} />
      <FindingTable finding={finding} caption={`Tabell: ${heading}`} />
      <p className={styles.source}>
        {finding.n !== undefined && <>N = {finding.n}. </>}
        Kilde: <Link to={sourceHref(finding.id)}>{formatSource(finding.source)}</Link>.
        {finding.unstated && <> {finding.unstated}</>}
      </p>
    </figure>
  );
}
