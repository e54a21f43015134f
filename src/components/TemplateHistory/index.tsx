import React from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import FileDownload from '@site/src/components/FileDownload';
import TableRegion from '@site/src/components/TableRegion';
import {isTemplate} from '@site/src/lib/templateMarker';
import {templateChangesPath, templateHistoryPath, templateVersionDownloadPath} from '@site/src/lib/documentMeta';
import {
  EARLIER_VERSIONS_HEADING,
  HISTORY_ANCHOR,
  HISTORY_COLUMNS,
  HISTORY_HEADING,
  historyEntries,
  historyTableRows,
} from '@site/src/lib/templateHistory';

/** A template's versions, newest first, from the `history` in its front matter; nothing on other pages. */
export default function TemplateHistory({
  frontMatter,
}: {
  frontMatter: Record<string, unknown>;
}): React.ReactElement | null {
  if (!isTemplate(frontMatter)) return null;
  const id = String(frontMatter.template_id);
  const rows = historyTableRows(frontMatter);
  // Every version in the history has its snapshot (tests/unit/templateSnapshots), so each earlier one has a Word file.
  const earlier = historyEntries(frontMatter).slice(0, -1).reverse();
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
      {earlier.length > 0 && (
        <>
          <Heading as="h3">{EARLIER_VERSIONS_HEADING}</Heading>
          <ul>
            {earlier.map((entry) => (
              <li key={entry.version}>
                <FileDownload path={templateVersionDownloadPath(id, entry.version)}>
                  Versjon {entry.version} som Word (.docx)
                </FileDownload>
              </li>
            ))}
          </ul>
          <p>
            <Link to={templateChangesPath(id)}>Hva er endret mellom versjonene</Link>
          </p>
        </>
      )}
      <p>
        <Link to={templateHistoryPath(id)}>Alle nyheter om malen</Link>
      </p>
    </section>
  );
}
