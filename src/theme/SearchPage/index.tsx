import React from 'react';
import SearchPage from '@theme-original/SearchPage';

/**
 * The plugin's search page, whose content src/plugins/search-query-layer replaces with src/browser/searchPage.tsx;
 * this wrapper adds what a reader without JavaScript sees.
 */
export default function SearchPageWrapper(): React.ReactElement {
  return (
    <>
      <SearchPage />
      <noscript>
        <div className="container margin-bottom--lg">
          <p>
            Søket trenger JavaScript, som er slått av i nettleseren din. Du finner fram til alt innhold fra menyen:
            håndboka, kategoriveilederne og kursene.
          </p>
        </div>
      </noscript>
    </>
  );
}
