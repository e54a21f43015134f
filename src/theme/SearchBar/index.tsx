import React, {useRef} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import {useControlLabels} from '@site/src/hooks/useControlLabels';

type Props = WrapperProps<typeof SearchBarType>;

export default function SearchBarWrapper(props: Props): React.ReactElement {
  const container = useRef<HTMLDivElement>(null);
  useControlLabels(container, {input: translate({id: 'theme.SearchBar.label', message: 'Søk'})});
  return (
    <div ref={container} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}
