import React, {useId} from 'react';
import Link from '@docusaurus/Link';
import {getFinding, type Group} from '@site/src/data/survey';
import {formatSource} from '@site/src/lib/format';
import {chartBars, formatSelected, sampleText, selectionScope, sourceHref} from '@site/src/lib/surveyView';
import {capitalize} from '@site/src/lib/text';
import styles from './styles.module.css';

type Props = {id: string; group?: Group; category?: string};

/** A callout with a survey figure, one sentence of context, N and the source. */
export default function Finding({id, group, category}: Props): React.ReactElement {
  const finding = getFinding(id);
  const labelId = useId();
  const single = finding.values.length === 1 || group !== undefined || category !== undefined;
  const scope = single ? selectionScope(finding, {group, category}) : undefined;
  const sample = single ? sampleText(finding, {group, category}) : finding.n !== undefined && `N = ${finding.n}.`;
  return (
    <aside className={styles.finding} aria-labelledby={labelId}>
      {single ? (
        <p className={styles.headline} id={labelId}>
          <span className={styles.figure}>{formatSelected(finding, {group, category})}</span>{' '}
          <span className={styles.label}>{finding.label}</span>
          {scope && (
            <>
              {' '}
              <span className={styles.scope}>{scope}</span>
            </>
          )}
        </p>
      ) : (
        <>
          <p className={styles.label} id={labelId}>
            {capitalize(finding.label)}
          </p>
          <ul className={styles.values}>
            {chartBars(finding).map((bar) => (
              <li key={`${bar.category}-${bar.group}`}>
                <span className={styles.valueFigure}>{bar.text}</span> {bar.description}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.context}>{finding.context}</p>
      <p className={styles.source}>
        {sample && <>{sample} </>}
        Kilde: <Link to={sourceHref(finding.id)}>{formatSource(finding.source)}</Link>
      </p>
    </aside>
  );
}
