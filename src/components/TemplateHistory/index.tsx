import React from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import TableRegion from '@site/src/components/TableRegion';
import {isTemplate} from '@site/src/lib/templateMarker';
import {templateHistoryPath} from '@site/src/lib/documentMeta';
import {HISTORY_ANCHOR, HISTORY_COLUMNS, HISTORY_HEADING, historyTableRows} from '@site/src/lib/templateHistory';

/** A template's versions, newest first, from the `history` in its front matter; nothing on other pages. */
export default function TemplateHistory({
  frontMatter,
}: {
  frontMatter: Record<string, unknown>;
}): React.ReactElement | null {
  if (!isTemplate(frontMatter)) return null;
  const rows = historyTableRows(frontMatter);
  return (
    <section aria-labelledby={HISTORY_ANCHOR}>
      <Heading as="h2" id={HISTORY_ANCHOR}>
        {HISTORY_HEADING}
      </Heading>
      <TableRegion label={HISTORY_HEADING}>
        <table>
          <thead>
            <tr>
              {HISTORY_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([version, ...cells]) => (
              <tr key={version}>
                <th scope="row">{version}</th>
                {cells.map((cell, i) => (
                  <td key={HISTORY_COLUMNS[i + 1]}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p>
        <Link to={templateHistoryPath(String(frontMatter.template_id))}>Alle nyheter om malen</Link>
      </p>
    </section>
  );
}
