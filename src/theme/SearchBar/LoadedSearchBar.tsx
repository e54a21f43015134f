import React, {useLayoutEffect, useRef} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import {useControlLabels} from '@site/src/hooks/useControlLabels';

/** What the reader had done in the plain search field before the real search bar arrived. */
export type Handover = {value: string; focused: boolean};

export type LoadedSearchBarProps = WrapperProps<typeof SearchBarType> & {handover: Handover};

export default function LoadedSearchBar({handover, ...props}: LoadedSearchBarProps): React.ReactElement {
  const container = useRef<HTMLDivElement>(null);
  useControlLabels(container, {input: translate({id: 'theme.SearchBar.label', message: 'Søk'})});

  // A layout effect runs before the search bar's own mount effect, which reads
  // the field's value and focus to load the index and show results for them.
  useLayoutEffect(() => {
    const input = container.current?.querySelector('input');
    if (!input) return;
    input.value = handover.value;
    if (handover.focused) input.focus();
    // Only the state at hand-over matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div ref={container} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}
