import React from 'react';
import Link from '@docusaurus/Link';
import {GLOSSARY} from '@site/src/data/glossary';
import {GLOSSARY_PAGE, NO_RESULTS_TEXT as TEXT, suggestTerms} from '@site/src/lib/searchSuggestions';

/** The search page's answer when nothing is found: the nearest glossary terms and where each is explained. */
export default function SearchSuggestions({query}: {query: string}): React.ReactElement {
  const suggestions = suggestTerms(query, GLOSSARY);
  return (
    <div role="status">
      <p>{TEXT.nothingFound(query)}</p>
      {suggestions.length > 0 ? (
        <>
          <p>{TEXT.intro}</p>
          <ul>
            {suggestions.map(({id, href, term, section}) => (
              <li key={id}>
                <Link to={href}>{term}</Link>
                {section && (
                  <>
                    {` – ${TEXT.explainedIn} `}
                    <Link to={section.to}>{section.title}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {TEXT.tryGlossary} <Link to={GLOSSARY_PAGE}>{TEXT.glossaryLink}</Link>.
        </p>
      )}
    </div>
  );
}
