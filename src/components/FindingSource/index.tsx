import React from 'react';
import Link from '@docusaurus/Link';
import {getFinding} from '@site/src/data/survey';
import {formatSource} from '@site/src/lib/format';
import {sourceHref} from '@site/src/lib/surveyView';

/** "(kilde: Kartleggingen 2018, figur 13)", linking to where the figure is documented. */
export default function FindingSource({id}: {id: string}): React.ReactElement {
  const finding = getFinding(id);
  return (
    <span>
      (kilde: <Link to={sourceHref(finding.id)}>{formatSource(finding.source)}</Link>)
    </span>
  );
}
