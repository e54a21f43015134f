/**
 * The savings reporting template as .xlsx with live formulas, filled with the
 * calculator's lines. Loaded on demand, so the spreadsheet library is only
 * downloaded by readers who export.
 */
import ExcelJS from 'exceljs';
import {computeLine, type LineInput} from './savings';
import {REPORT_HEADERS} from './savingsCsv';

// "," groups thousands in Excel's format codes; each reader's spreadsheet shows its own grouping mark (a space in nb-NO).
const KRONER = '#,##0.00 "kr"';

export async function buildSavingsWorkbook(lines: readonly LineInput[], now: Date): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Innkjøpsportalen';
  workbook.created = now;
  const sheet = workbook.addWorksheet('Gevinstrapport', {
    views: [{state: 'frozen', ySplit: 1}],
    // Printed for a meeting, the report is one page wide in landscape, with the header row on every page.
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = REPORT_HEADERS.map((header, i) => ({header, width: i === 0 ? 36 : 22}));
  sheet.getRow(1).font = {bold: true};
  sheet.getRow(1).alignment = {wrapText: true, vertical: 'top'};
  // Room for two lines: spreadsheet programs do not grow a row for wrapped text in a file they open.
  sheet.getRow(1).height = 32;

  const valid = lines.map(computeLine).flatMap((result, i) => (result.ok ? [{line: lines[i]!, result}] : []));
  valid.forEach(({line, result}, index) => {
    const r = index + 2;
    const row = sheet.getRow(r);
    row.values = [
      line.name.trim(),
      result.values.oldPrice,
      result.values.newPrice,
      result.values.volume,
      result.values.share,
      // Rounded to the øre per line, as the calculator does, so the sheet and the page agree.
      {formula: `ROUND((B${r}-C${r})*D${r},2)`, result: result.potential},
      {formula: `ROUND(F${r}*E${r},2)`, result: result.realised},
      {formula: `ROUND(F${r}-G${r},2)`, result: result.lost},
    ];
  });

  const last = valid.length + 1;
  const totalRow = sheet.getRow(last + 1);
  const sum = (col: string, value: number) => ({
    formula: valid.length ? `SUM(${col}2:${col}${last})` : '0',
    result: value,
  });
  const totalsOf = (key: 'potential' | 'realised' | 'lost') => valid.reduce((s, v) => s + v.result[key], 0);
  totalRow.values = [
    'Sum',
    null,
    null,
    null,
    null,
    sum('F', totalsOf('potential')),
    sum('G', totalsOf('realised')),
    sum('H', totalsOf('lost')),
  ];
  totalRow.font = {bold: true};

  for (const col of ['B', 'C', 'F', 'G', 'H']) sheet.getColumn(col).numFmt = KRONER;
  sheet.getColumn('E').numFmt = '0 %';

  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
