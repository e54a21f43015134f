import React from 'react';
import type {RaciLetter as Letter} from '@site/src/data/process';
import {RACI_LABELS} from '@site/src/lib/raci';

/** A RACI letter with its meaning spelled out for screen readers; a dash for no role. */
export default function RaciLetter({letter}: {letter: Letter | undefined}): React.ReactElement {
  if (!letter) return <span aria-label="Ingen rolle">–</span>;
  return (
    <>
      <abbr title={RACI_LABELS[letter]}>{letter}</abbr>
      <span className="sr-only"> ({RACI_LABELS[letter]})</span>
    </>
  );
}
