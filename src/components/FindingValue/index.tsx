import React from 'react';
import {getFinding, type Group} from '@site/src/data/survey';
import {formatSelected} from '@site/src/lib/surveyView';

type Props = {id: string; group?: Group; category?: string};

/** One survey number inside running text, taken from src/data/survey.ts; a wrong reference fails the build. */
export default function FindingValue({id, group, category}: Props): React.ReactElement {
  return <span className="finding-value">{formatSelected(getFinding(id), {group, category})}</span>;
}
