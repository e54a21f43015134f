import React, {useEffect, useRef, type RefObject} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import {useControlLabels} from '@site/src/hooks/useControlLabels';
import {typeInto} from '@site/src/browser/typeInto';

export type LoadedSearchBarProps = WrapperProps<typeof SearchBarType>;

/** How long after the field lost focus to nowhere a typed key still belongs to it. */
const REFOCUS_WINDOW_MS = 300;

/**
 * When the index arrives, the autocomplete library moves the field inside a
 * wrapper, which drops focus for a moment; a key typed then would land on the
 * page and be lost. Such a key is put back into the field. Focus that leaves
 * for another element, or after Escape, is the reader's choice and left alone.
 */
function useKeepTypingWhenFieldMoves(container: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return undefined;
    let lostAt = -Infinity;
    let lastKey = '';
    const onFocusOut = (event: FocusEvent) => {
      if (event.target instanceof HTMLInputElement && event.relatedTarget === null && lastKey !== 'Escape')
        lostAt = performance.now();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      lastKey = event.key;
      const input = root.querySelector('input');
      const strayed = document.activeElement === document.body && performance.now() - lostAt < REFOCUS_WINDOW_MS;
      if (!input || !strayed || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      input.focus();
      typeInto(input, input.value + event.key);
    };
    root.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      root.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [container]);
}

export default function LoadedSearchBar(props: LoadedSearchBarProps): React.ReactElement {
  const container = useRef<HTMLDivElement>(null);
  useControlLabels(container, {input: translate({id: 'theme.SearchBar.label', message: 'Søk'})});

  useKeepTypingWhenFieldMoves(container);

  return (
    <div ref={container} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}
