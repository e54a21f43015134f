/**
 * The version history table at the end of a template's Word file, from the same front matter `history` as the
 * table on the page, so a council that adopts the file can see which version it holds and who approved it.
 */
import {HISTORY_COLUMNS, HISTORY_HEADING, historyTableRows} from './templateHistory';
import {docxHeading, docxTable, textRuns, type DocxBlock} from './docxLayout';

export function templateHistoryBlocks(frontMatter: Record<string, unknown>): DocxBlock[] {
  const rows = historyTableRows(frontMatter);
  if (rows.length === 0) return [];
  return [docxHeading(textRuns(HISTORY_HEADING), 2), docxTable(HISTORY_COLUMNS, rows)];
}
