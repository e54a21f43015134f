import React from 'react';
import Link from '@docusaurus/Link';
import {getFinding} from '@site/src/data/survey';
import {formatSource} from '@site/src/lib/format';
import {interviewSource, INTERVIEWS_HREF, sourceHref} from '@site/src/lib/surveyView';

type Props =
  /** A survey figure: links to where the figure is documented. */
  | {id: string}
  /** What people said in the interviews, reported beside a figure of the report but not a number of it. */
  | {interviews: true; figure: number};

/**
 * "(kilde: Kartleggingen 2018, figur 13)" for a figure; "(kilde: dybdeintervjuene, Kartleggingen 2018, figur 13)"
 * for an interview statement, linking to how the interviews were made instead of to an unrelated statistic.
 */
export default function FindingSource(props: Props): React.ReactElement {
  if ('interviews' in props) {
    return (
      <span>
        (kilde: <Link to={INTERVIEWS_HREF}>dybdeintervjuene</Link>, {interviewSource(props.figure)})
      </span>
    );
  }
  const finding = getFinding(props.id);
  return (
    <span>
      (kilde: <Link to={sourceHref(finding.id)}>{formatSource(finding.source)}</Link>)
    </span>
  );
}
