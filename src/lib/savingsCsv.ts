/** The savings report as CSV, the way Norwegian spreadsheets read it: semicolons and decimal commas. */
import {computeLine, type LineInput} from './savings';
import {lazily} from './format';

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

/** Money to the øre, as on the page. */
const kroner = (value: number) => value.toFixed(2).replace('.', ',');

const plain = lazily(() => new Intl.NumberFormat('en-US', {useGrouping: false, maximumFractionDigits: 20}));

/** An input as the reader typed it, never rounded; the share's floating-point noise (0.07 × 100) is cut at 15 digits. */
const input = (value: number) =>
  plain()
    .format(Number(value.toPrecision(15)))
    .replace('.', ',');

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
        input(values.oldPrice),
        input(values.newPrice),
        input(values.volume),
        input(values.share * 100),
        kroner(result.potential),
        kroner(result.realised),
        kroner(result.lost),
      ].join(';'),
    ];
  });
  // A byte-order mark makes Excel read the file as UTF-8, so æ, ø and å survive.
  return `\ufeff${[REPORT_HEADERS.join(';'), ...rows].join('\r\n')}\r\n`;
}
