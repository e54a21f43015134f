import React, {useRef} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {translate} from '@docusaurus/Translate';
import {useControlLabels} from '@site/src/hooks/useControlLabels';

export default function SearchPageWrapper(): React.ReactElement {
  const container = useRef<HTMLDivElement>(null);
  useControlLabels(container, {
    'input[type="search"]': translate({id: 'theme.SearchPage.inputLabel', message: 'Søk i Innkjøpsportalen'}),
    select: translate({id: 'theme.SearchPage.contextLabel', message: 'Del av portalen å søke i'}),
  });
  return (
    <div ref={container} style={{display: 'contents'}}>
      <SearchPage />
      <noscript>
        <div className="container margin-bottom--lg">
          <p>
            Søket trenger JavaScript, som er slått av i nettleseren din. Du finner fram til alt innhold fra menyen:
            håndboka, kategoriveilederne og kursene.
          </p>
        </div>
      </noscript>
    </div>
  );
}
