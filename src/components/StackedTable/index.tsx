import React from 'react';
import TableRegion from '@site/src/components/TableRegion';

export type StackedColumn<Row> = {label: string; render: (row: Row) => React.ReactNode};

type Props<Row> = {
  /** Also names the scroll region the table sits in on a wide screen. */
  caption: string;
  /** The column that names each row; it becomes the row's heading cell. */
  rowHeader: StackedColumn<Row>;
  columns: readonly StackedColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
};

/**
 * A table of a few text-heavy columns that becomes one card per row on a phone, each cell under its column's
 * name (custom.css, `.stacked-table`), so no column is hidden off-screen. The column names are written once and
 * serve both the header row and the cards.
 */
export default function StackedTable<Row>({caption, rowHeader, columns, rows, rowKey}: Props<Row>): React.ReactElement {
  // On a wide screen a table of many columns may still be wider than the page: it scrolls in a named region.
  return (
    <TableRegion label={caption}>
      <table className="stacked-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[rowHeader, ...columns].map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{rowHeader.render(row)}</th>
              {columns.map((column) => (
                <td key={column.label} data-label={column.label}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
