/**
 * The savings calculator: reading numbers the way Norwegians type them,
 * validating each field with a Norwegian message, and the sums per line and in
 * total. Pure; the component and the exports use the same functions.
 */
import {lazily} from './format';
import type {StoredKind} from './versionedStorage';
import {z} from './schema';
import {STORAGE_KEYS} from './storageKeys';

/** Sums above this are almost certainly typing mistakes (a trillion kroner). */
const MAX_AMOUNT = 1e12;

export type Parsed = {ok: true; value: number} | {ok: false; message: string};

/**
 * Reads "1 234,50", "1234.50", "1.234,50" and "1,234.50". Spaces (also no-break
 * spaces) group thousands; when both comma and point appear, the last one is the
 * decimal mark; a single comma or point is the decimal mark.
 */
export function parseNorwegianNumber(input: string): Parsed {
  const text = input
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr$/i, '')
    .replace(/%$/, '');
  if (text === '') return {ok: false, message: 'Fyll inn et tall.'};
  if (/^[-−]/.test(text)) return {ok: false, message: 'Tallet kan ikke være negativt.'};
  if (!/^[\d.,]+$/.test(text)) return {ok: false, message: 'Skriv bare tall, for eksempel 1 234,50.'};
  const lastComma = text.lastIndexOf(',');
  const lastPoint = text.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalised = text.split(thousands).join('').replace(decimal, '.');
  } else if ((text.match(/[.,]/g) ?? []).length > 1) {
    // "1.234.567" or "1,234,567": the marks group thousands.
    normalised = text.replace(/[.,]/g, '');
  } else {
    normalised = text.replace(',', '.');
  }
  if (!/^\d+(\.\d+)?$/.test(normalised))
    return {ok: false, message: 'Tallet har skilletegn på feil sted. Skriv for eksempel 1 234,50.'};
  const value = Number(normalised);
  if (!Number.isFinite(value)) return {ok: false, message: 'Skriv et gyldig tall.'};
  if (value > MAX_AMOUNT) return {ok: false, message: 'Tallet er urimelig stort. Sjekk at det er skrevet riktig.'};
  return {ok: true, value};
}

/** A share typed as per cent (0–100). */
export function parsePercent(input: string): Parsed {
  const parsed = parseNorwegianNumber(input);
  if (!parsed.ok) return parsed;
  if (parsed.value > 100) return {ok: false, message: 'Andelen må være mellom 0 og 100 prosent.'};
  return {ok: true, value: parsed.value / 100};
}

export type LineInput = {name: string; oldPrice: string; newPrice: string; volume: string; share: string};
export type LineField = keyof LineInput;

export type LineValues = {oldPrice: number; newPrice: number; volume: number; share: number};

export type LineResult =
  | {ok: true; values: LineValues; potential: number; realised: number; lost: number}
  | {ok: false; errors: Partial<Record<LineField, string>>};

const PARSERS: Record<Exclude<LineField, 'name'>, (s: string) => Parsed> = {
  oldPrice: parseNorwegianNumber,
  newPrice: parseNorwegianNumber,
  volume: parseNorwegianNumber,
  share: parsePercent,
};

/** Rounds to whole øre so sums never show floating-point noise. */
const ore = (value: number) => Math.round(value * 100) / 100;

export function computeLine(line: LineInput): LineResult {
  const errors: Partial<Record<LineField, string>> = {};
  const values: Partial<LineValues> = {};
  for (const field of Object.keys(PARSERS) as (keyof typeof PARSERS)[]) {
    const parsed = PARSERS[field](line[field]);
    if (parsed.ok) values[field] = parsed.value;
    else errors[field] = parsed.message;
  }
  if (line.name.trim() === '') errors.name = 'Gi linjen et navn, for eksempel «Kopipapir A4».';
  if (Object.keys(errors).length > 0) return {ok: false, errors};
  const v = values as LineValues;
  // A higher new price gives a negative saving: shown as such, not hidden.
  const potential = ore((v.oldPrice - v.newPrice) * v.volume);
  const realised = ore(potential * v.share);
  return {ok: true, values: v, potential, realised, lost: ore(potential - realised)};
}

export type Totals = {
  potential: number;
  realised: number;
  lost: number;
  validLines: number;
  /** Indexes of lines the reader has started that have errors; they are left out of the sums. */
  invalidLines: number[];
};

export function totals(lines: readonly LineInput[]): Totals {
  return lines.reduce<Totals>(
    (sum, line, index) => {
      if (isBlankLine(line)) return sum;
      const result = computeLine(line);
      return result.ok
        ? {
            ...sum,
            potential: ore(sum.potential + result.potential),
            realised: ore(sum.realised + result.realised),
            lost: ore(sum.lost + result.lost),
            validLines: sum.validLines + 1,
          }
        : {...sum, invalidLines: [...sum.invalidLines, index]};
    },
    {potential: 0, realised: 0, lost: 0, validLines: 0, invalidLines: []},
  );
}

/** A line as the calculator starts it: nothing typed, so nothing to complain about. */
export function isBlankLine(line: LineInput): boolean {
  return (Object.keys(EMPTY_LINE) as LineField[]).every((field) => line[field].trim() === EMPTY_LINE[field]);
}

/** "Linje 2 (Kopipapir A4)": how messages name a line, so an error can be found in a long list. */
export function lineName(index: number, name: string): string {
  const trimmed = name.trim();
  return trimmed ? `Linje ${index + 1} (${trimmed})` : `Linje ${index + 1}`;
}

const kroner = lazily(() => new Intl.NumberFormat('nb-NO', {minimumFractionDigits: 2, maximumFractionDigits: 2}));

/** "1 234,50 kr", with a minus sign for a cost increase. */
export function formatKroner(value: number): string {
  return `${kroner().format(value)}\u00a0kr`;
}

export const EMPTY_LINE: LineInput = {name: '', oldPrice: '', newPrice: '', volume: '', share: '100'};

export type SavedLines = {lines: LineInput[]};

/** A stored line: five texts as typed; anything else on it is not kept. */
const lineSchema = z.object({
  name: z.string(),
  oldPrice: z.string(),
  newPrice: z.string(),
  volume: z.string(),
  share: z.string(),
});

/**
 * Lines the calculator holds. A report with more belongs in a spreadsheet, and a page with thousands of lines of
 * fields stalls a phone; more in storage (from a hand-edited or hostile value) are left out and set aside.
 */
export const MAX_LINES = 200;

export const TOO_MANY_LINES = `Kalkulatoren viser de første ${MAX_LINES} linjene. Resten blir tatt vare på som en kopi i nettleseren når du endrer noe. Bruk regnearket for flere linjer.`;

/** The calculator's lines as kept in the browser, as typed; a line that is not five texts is dropped. */
export const savingsKind: StoredKind<SavedLines> = {
  key: STORAGE_KEYS.savings,
  version: 1,
  noun: 'linjene i kalkulatoren',
  empty: () => ({lines: [{...EMPTY_LINE}]}),
  clean: (data) => {
    if (!Array.isArray(data.lines)) return {value: savingsKind.empty(), dropped: true};
    const valid = data.lines.flatMap((line) => {
      const parsed = lineSchema.safeParse(line);
      return parsed.success ? [parsed.data] : [];
    });
    const lines: LineInput[] = valid.slice(0, MAX_LINES);
    return {
      value: lines.length > 0 ? {lines} : savingsKind.empty(),
      dropped: lines.length !== data.lines.length,
      ...(valid.length > MAX_LINES ? {why: TOO_MANY_LINES} : {}),
    };
  },
};
