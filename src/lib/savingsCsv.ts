/** The savings report as CSV, the way Norwegian spreadsheets read it: semicolons and decimal commas. */
import {computeLine, type LineInput} from './savings';

export const REPORT_HEADERS = [
  'Vare eller tjeneste',
  'Gammel enhetspris (kr)',
  'Ny enhetspris (kr)',
  'Forventet volum',
  'Andel kjøpt på avtalen (%)',
  'Potensiell besparelse (kr)',
  'Realisert besparelse (kr)',
  'Tap ved kjøp utenfor avtalen (kr)',
] as const;

const number = (value: number) => value.toFixed(2).replace('.', ',');

function csvField(text: string): string {
  // Quote fields that contain separators or quotes, and defuse spreadsheet formulas in names.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Only valid lines are exported; the calculator tells the user about the others. */
export function buildSavingsCsv(lines: readonly LineInput[]): string {
  const rows = lines.flatMap((line) => {
    const result = computeLine(line);
    if (!result.ok) return [];
    const {values} = result;
    return [
      [
        csvField(line.name.trim()),
        number(values.oldPrice),
        number(values.newPrice),
        number(values.volume),
        number(values.share * 100),
        number(result.potential),
        number(result.realised),
        number(result.lost),
      ].join(';'),
    ];
  });
  // A byte-order mark makes Excel read the file as UTF-8, so æ, ø and å survive.
  return `\ufeff${[REPORT_HEADERS.join(';'), ...rows].join('\r\n')}\r\n`;
}
