/** Norwegian number formatting, shared by every component that shows a figure. */
import type {SurveySource, SurveyValue, Unit} from '../data/survey';

/**
 * Builds a value on first use and keeps it. An Intl formatter takes a
 * noticeable moment to build on a slow phone; made at import, every page that
 * loads this module would pay for it, whether it shows a figure or not.
 */
export function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const integer = lazily(() => new Intl.NumberFormat('nb-NO', {maximumFractionDigits: 0}));

export function formatNumber(value: number): string {
  return integer().format(value);
}

/** "15 %", "96", "365 av 426". The space before % is a no-break space, as Norwegian typography wants. */
export function formatSurveyValue(value: SurveyValue, unit: Unit): string {
  const main = unit === 'prosent' ? `${formatNumber(value.value)}\u00a0%` : formatNumber(value.value);
  return value.of === undefined ? main : `${main} av ${formatNumber(value.of)}`;
}

export function formatSource(source: SurveySource): string {
  const where = source.figure === undefined ? source.section : `figur ${source.figure}`;
  return `Kartleggingen 2018, ${where}`;
}

const percent = lazily(() => new Intl.NumberFormat('nb-NO', {style: 'percent', maximumFractionDigits: 0}));

/** A share from 0 to 1 as "75 %". */
export function formatPercent(share: number): string {
  return percent().format(Number.isFinite(share) ? share : 0);
}

const dateFormat = lazily(
  () => new Intl.DateTimeFormat('nb-NO', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}),
);

/** "24. november 2026" from a YAML date, an ISO date or timestamp; the text as written if it is neither. */
export function formatDate(value: unknown): string {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string'
        ? new Date(/T/.test(value) ? value : `${value}T00:00:00Z`)
        : undefined;
  if (!date || Number.isNaN(date.getTime())) return String(value);
  return dateFormat().format(date);
}
