import React from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {LEVEL_NAMES} from '@site/src/data/maturity';
import type {Comparison, MaturityResult as Result} from '@site/src/lib/maturity';
import {formatDate} from '@site/src/lib/format';
import type {Bar} from '@site/src/lib/surveyView';
import BarDrawing from '@site/src/components/BarDrawing';
import TableRegion from '@site/src/components/TableRegion';
import {decimal, signed} from './numbers';
import styles from './styles.module.css';

const SCALE = [0, 1, 2, 3, 4, 5] as const;

type Props = {result: Result; comparison: Comparison | null; comparedWith: string; name: string};

/**
 * Each answered area's score as bars on a 0–5 scale with the same numbers in a table, and, once every area is
 * answered, the overall level and the recommendations.
 */
export default function MaturityResult({result, comparison, comparedWith, name}: Props): React.ReactElement {
  const scored = result.dimensions.filter((d) => d.score !== null);
  const bars: Bar[] = scored.map((d) => ({
    category: d.id,
    categoryLabel: d.name,
    group: 'alle',
    groupLabel: 'Alle',
    value: d.score!,
    text: decimal(d.score),
    description: d.name,
  }));
  return (
    <>
      <p aria-live="polite" className={styles.progress}>
        {result.complete
          ? `Samlet nivå: ${decimal(result.overall)} av 5 – ${LEVEL_NAMES[result.overallLevel!]}.`
          : `Du har svart på ${result.answered} av ${result.total} påstander. Samlet nivå vises når alle er besvart.`}
      </p>
      {scored.length > 0 && (
        <figure className={styles.figure} aria-labelledby={`${name}-chart`}>
          <figcaption id={`${name}-chart`}>Poeng per område, på en skala fra 1 til 5</figcaption>
          <BarDrawing bars={bars} max={5} scale={SCALE} showCategoryLabels chartId="modenhet" />
          <TableRegion label="poeng og nivå per område">
            <table>
              <caption>Tabell: poeng og nivå per område</caption>
              <thead>
                <tr>
                  <th scope="col">Område</th>
                  <th scope="col">Poeng (1–5)</th>
                  <th scope="col">Nivå</th>
                  {comparison && <th scope="col">Endring siden {formatDate(comparedWith)}</th>}
                </tr>
              </thead>
              <tbody>
                {result.dimensions.map((d, i) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    <td>{d.score === null ? `${d.answered} av ${d.total} besvart` : decimal(d.score)}</td>
                    <td>{d.level ? LEVEL_NAMES[d.level] : '–'}</td>
                    {comparison && <td>{signed(comparison[i]!.change)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </figure>
      )}
      {result.complete && (
        <>
          <Heading as="h4">Anbefalinger, det viktigste først</Heading>
          {result.recommendations.length === 0 ? (
            <p>Alle områdene er på nivå Avansert eller høyere. Hold nivået ved å gjenta analysen hvert år.</p>
          ) : (
            <ol className={styles.recommendations}>
              {result.recommendations.map((r) => (
                <li key={r.dimensionId}>
                  <strong>
                    {r.name} ({decimal(r.score)}):
                  </strong>{' '}
                  {r.recommendation.text}{' '}
                  {r.recommendation.links.map((link, i) => (
                    <React.Fragment key={link.to}>
                      {i > 0 && ', '}
                      <Link to={link.to}>{link.title}</Link>
                    </React.Fragment>
                  ))}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
