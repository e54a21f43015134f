import React from 'react';
import Heading from '@theme/Heading';
import {SURVEY_FINDINGS} from '@site/src/data/survey';
import {anchorFor, groupBySource} from '@site/src/lib/sourceIndex';
import {findingTitle} from '@site/src/lib/surveyView';
import FindingTable from '@site/src/components/FindingTable';

/** Every survey figure on the site, grouped by the report's figure or section, each with an anchor to link to. */
export default function SourceIndex(): React.ReactElement {
  return (
    <>
      {groupBySource(SURVEY_FINDINGS).map((group) => (
        <section key={group.key} aria-labelledby={anchorFor(group.key)}>
          <Heading as="h2" id={anchorFor(group.key)}>
            {group.heading}
          </Heading>
          {group.findings.map((finding) => (
            <section key={finding.id} aria-labelledby={finding.id}>
              <Heading as="h3" id={finding.id}>
                {findingTitle(finding)}
              </Heading>
              <p>
                {finding.context}
                {finding.n !== undefined && <> Antall respondenter bak tallet (N): {finding.n}.</>}
              </p>
              <FindingTable finding={finding} />
              {finding.unstated && <p>{finding.unstated}</p>}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
