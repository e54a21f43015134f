/**
 * The version history table at the end of a template's Word file, from the same front matter `history` as the
 * table on the page, so a council that adopts the file can see which version it holds and who approved it.
 */
import {HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType} from 'docx';
import {HISTORY_COLUMNS, HISTORY_HEADING, historyTableRows} from './templateHistory';

function cell(text: string, bold = false): TableCell {
  return new TableCell({children: [new Paragraph({children: [new TextRun({text, bold})]})]});
}

export function templateHistoryBlocks(frontMatter: Record<string, unknown>): (Paragraph | Table)[] {
  const rows = historyTableRows(frontMatter);
  if (rows.length === 0) return [];
  return [
    new Paragraph({heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(HISTORY_HEADING)]}),
    new Table({
      width: {size: 100, type: WidthType.PERCENTAGE},
      rows: [
        new TableRow({tableHeader: true, cantSplit: true, children: HISTORY_COLUMNS.map((c) => cell(c, true))}),
        ...rows.map((row) => new TableRow({cantSplit: true, children: row.map((text) => cell(text))})),
      ],
    }),
  ];
}
