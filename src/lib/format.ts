/** Norwegian number formatting, shared by every component that shows a figure. */
import type {SurveySource, SurveyValue, Unit} from '../data/survey';
import {SURVEY_YEAR} from '../data/surveyYear';

/**
 * Builds a value on first use and keeps it. An Intl formatter takes a
 * noticeable moment to build on a slow phone; made at import, every page that
 * loads this module would pay for it, whether it shows a figure or not.
 */
export function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/*
 * Whole numbers and calendar dates are written here, not by Intl. The first Norwegian Intl formatter of a kind
 * loads the locale's data: 100–130 ms of a phone's main thread (measured at 4× CPU throttling), paid while the
 * page hydrates on every page with a figure, a pass mark or a review date. Intl still writes everything else;
 * tests/unit/format.test.ts holds these forms to Intl's, value by value.
 */
const NO_BREAK_SPACE = '\u00a0';
const MINUS_SIGN = '\u2212';

/** "1 234 567", "−15": a safe integer as nb-NO writes it. */
function wholeNumber(value: number): string {
  const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, NO_BREAK_SPACE);
  return value < 0 ? MINUS_SIGN + grouped : grouped;
}

/** The integer `value` is, give or take binary rounding (0.7 × 100), or null when it is not one or is −0. */
function nearInteger(value: number): number | null {
  const rounded = Math.round(value);
  return Number.isSafeInteger(rounded) && !Object.is(rounded, -0) && Math.abs(value - rounded) < 1e-9 ? rounded : null;
}

const integer = lazily(() => new Intl.NumberFormat('nb-NO', {maximumFractionDigits: 0}));

export function formatNumber(value: number): string {
  const whole = nearInteger(value);
  return whole === null ? integer().format(value) : wholeNumber(whole);
}

/** "15 %", "96", "365 av 426". The space before % is a no-break space, as Norwegian typography wants. */
export function formatSurveyValue(value: SurveyValue, unit: Unit): string {
  const main = unit === 'prosent' ? `${formatNumber(value.value)}\u00a0%` : formatNumber(value.value);
  return value.of === undefined ? main : `${main} av ${formatNumber(value.of)}`;
}

export function formatSource(source: SurveySource): string {
  const where = source.figure === undefined ? source.section : `figur ${source.figure}`;
  return `Kartleggingen ${SURVEY_YEAR}, ${where}`;
}

const percent = lazily(() => new Intl.NumberFormat('nb-NO', {style: 'percent', maximumFractionDigits: 0}));

/** A share from 0 to 1 as "75 %". */
export function formatPercent(share: number): string {
  const finite = Number.isFinite(share) ? share : 0;
  const whole = nearInteger(finite * 100);
  return whole === null ? percent().format(finite) : `${wholeNumber(whole)}${NO_BREAK_SPACE}%`;
}

/** Where the readers are: every date and time they see is Norwegian local time, whatever the device says. */
const TIME_ZONE = 'Europe/Oslo';

const osloDateFormat = lazily(
  () => new Intl.DateTimeFormat('nb-NO', {day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE}),
);
const osloDateTimeFormat = lazily(
  () => new Intl.DateTimeFormat('nb-NO', {dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE}),
);
// en-CA writes dates as ÅÅÅÅ-MM-DD, the form file names and CSV columns use.
const osloIsoDateFormat = lazily(
  () => new Intl.DateTimeFormat('en-CA', {year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE}),
);

function toInstant(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

/**
 * "2026-11-24", or midnight UTC of that day, the form a YAML date takes once the build has turned it into JSON:
 * the same calendar day in Norway, whose clock is then one or two hours ahead.
 */
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/;

/** "24. november 2026" for a calendar day that exists; null for anything else. */
function calendarDay(text: string): string | null {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? `${day}. ${MONTHS[month - 1]} ${year}` : null;
}

/**
 * "24. november 2026". A calendar date (a YAML date, "2026-11-24") is shown as
 * written; a moment (an ISO timestamp) as the date it was in Norway. Text that
 * is neither is shown as it is.
 */
export function formatDate(value: unknown): string {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
  if (typeof text === 'string') {
    const day = calendarDay(text);
    if (day !== null) return day;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  }
  const instant = toInstant(value);
  return instant ? osloDateFormat().format(instant) : String(value);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a stored moment is one the portal can have written: a real timestamp no earlier than the day it opened
 * and no later than tomorrow (a device clock may run a little ahead).
 */
export function plausibleDate(value: string, earliestDay: string, now: Date): boolean {
  const at = Date.parse(value);
  return !Number.isNaN(at) && at >= Date.parse(`${earliestDay}T00:00:00Z`) && at <= now.getTime() + DAY_MS;
}

/** "24. november 2026 kl. 10:15", Norwegian time. */
export function formatDateTime(value: string | Date): string {
  const instant = toInstant(value);
  return instant ? osloDateTimeFormat().format(instant) : String(value);
}

/** "2026-11-24": the date in Norway at that moment, for file names and exported rows. */
export function osloIsoDate(value: string | Date): string {
  const instant = toInstant(value);
  return instant ? osloIsoDateFormat().format(instant) : String(value);
}

const fileSizeFormat = lazily(() => new Intl.NumberFormat('nb-NO', {maximumFractionDigits: 1}));

/** "24 kB", "1,2 MB": a download's size as a reader on a metered connection wants to see it (1 kB = 1000 bytes). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Ugyldig filstørrelse: ${bytes}`);
  if (bytes < 1000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${fileSizeFormat().format(bytes / 1_000_000)} MB`;
}
