import React from 'react';
import type {RaciLetter as Letter} from '@site/src/data/process';
import {RACI_LABELS} from '@site/src/lib/raci';

/**
 * A RACI letter with its meaning spelled out for screen readers; a dash for no role.
 * The dash is hidden from screen readers and replaced by words, because "–" is read
 * as nothing or as "dash", and aria-label is not allowed on a plain span.
 */
export default function RaciLetter({letter}: {letter: Letter | undefined}): React.ReactElement {
  if (!letter) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">Ingen rolle</span>
      </>
    );
  }
  return (
    <>
      <abbr title={RACI_LABELS[letter]}>{letter}</abbr>
      <span className="sr-only"> ({RACI_LABELS[letter]})</span>
    </>
  );
}
