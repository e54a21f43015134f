import React from 'react';
import {legalFigure, type LegalFigureId} from '@site/src/data/legalFigures';
import {formatDate} from '@site/src/lib/format';

/** A figure the rules set, from src/data/legalFigures.ts, with its source and check date on hover and in print. */
export default function LegalFigure({id}: {id: LegalFigureId}): React.ReactElement {
  const figure = legalFigure(id);
  return (
    <span
      className="finding-value"
      title={`${figure.legalSource}. Kilde: ${figure.source.title}, sjekket ${formatDate(figure.checked)}.`}
    >
      {figure.text}
    </span>
  );
}
