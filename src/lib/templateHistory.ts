/**
 * A template's version history, kept once in its front matter (`history`):
 * the page table, the Word file, the change-log posts and the release command
 * all read it from there. Plain TypeScript without zod, since the page that
 * shows the table runs it in the browser.
 */
import {FIRST_RELEASE} from '../data/portal';
import {formatDate} from './format';
import {compareVersions, isSemver} from './semver';
import {isCalendarDate} from './calendarDate';

export type HistoryEntry = {version: string; date: string; changes: string; approved_by: string};

export type HistoryProblem = {field: string; expected: string; received: string};

/** Anchor of the history table on a template page. */
export const HISTORY_ANCHOR = 'versjonshistorikk';
/** The page's list of earlier versions and their Word files: the web only, since a Word file is one version. */
export const EARLIER_VERSIONS_HEADING = 'Tidligere versjoner';

export const HISTORY_HEADING = 'Versjonshistorikk';
export const HISTORY_COLUMNS = ['Versjon', 'Dato', 'Hva er endret', 'Godkjent av'] as const;

/** YAML's default schema turns `2026-11-24` into a Date; the site and the checks use the written form. */
function isoText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

const shown = (value: unknown): string => (value === undefined ? 'feltet mangler' : JSON.stringify(value));

function entryProblems(entry: unknown, at: string, today: string): HistoryProblem[] {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    return [
      {field: at, expected: 'forventet en oppføring med version, date, changes og approved_by', received: shown(entry)},
    ];
  }
  const {version, date, changes, approved_by: approvedBy} = entry as Record<string, unknown>;
  const problems: HistoryProblem[] = [];
  const problem = (field: string, expected: string, value: unknown) =>
    problems.push({field: `${at}.${field}`, expected, received: shown(value)});
  if (typeof version !== 'string' || !isSemver(version)) {
    problem('version', 'forventet et versjonsnummer på formen 1.2.0 (semver)', version);
  }
  const day = isoText(date);
  if (typeof day !== 'string' || !isCalendarDate(day)) {
    problem('date', 'forventet en dato som finnes i kalenderen, på formen ÅÅÅÅ-MM-DD', day);
  } else if (day < FIRST_RELEASE) {
    problem('date', `forventet en dato fra portalens første utgivelse (${FIRST_RELEASE}) eller senere`, day);
  } else if (day > today) {
    problem('date', `forventet en dato som ikke er i fremtiden (i dag er ${today})`, day);
  }
  if (typeof changes !== 'string' || changes.trim() === '') {
    problem('changes', 'forventet en tekst som sier hva som er endret', changes);
  }
  if (typeof approvedBy !== 'string' || approvedBy.trim() === '') {
    problem('approved_by', 'forventet hvem som godkjente versjonen (person eller enhet)', approvedBy);
  }
  return problems;
}

/**
 * Every problem in a template's `history`: each entry complete and dated between the portal's first release and
 * `today` (ÅÅÅÅ-MM-DD, Norwegian time), versions strictly increasing, dates never going back, and the last entry
 * the version the front matter declares.
 */
export function checkTemplateHistory(frontMatter: Record<string, unknown>, today: string): HistoryProblem[] {
  const history = frontMatter.history;
  if (!Array.isArray(history) || history.length === 0) {
    return [
      {
        field: 'history',
        expected: 'forventet en liste med minst én versjon (version, date, changes, approved_by)',
        received: shown(history),
      },
    ];
  }
  const problems = history.flatMap((entry, i) => entryProblems(entry, `history.${i}`, today));
  if (problems.length > 0) return problems;
  const entries = history as HistoryEntry[];
  entries.forEach((entry, i) => {
    const before = entries[i - 1];
    if (before === undefined) return;
    if (compareVersions(entry.version, before.version) <= 0) {
      problems.push({
        field: `history.${i}.version`,
        expected: `forventet et høyere versjonsnummer enn ${before.version} i oppføringen før`,
        received: shown(entry.version),
      });
    }
    if (String(isoText(entry.date)) < String(isoText(before.date))) {
      problems.push({
        field: `history.${i}.date`,
        expected: `forventet en dato fra ${String(isoText(before.date))} (oppføringen før) eller senere`,
        received: shown(isoText(entry.date)),
      });
    }
  });
  const latest = entries[entries.length - 1]!;
  if (latest.version !== frontMatter.version) {
    problems.push({
      field: 'history',
      expected: `forventet at siste oppføring har versjonen i «version» (${String(frontMatter.version)})`,
      received: shown(latest.version),
    });
  }
  return problems;
}

/** The history as the build validated it, oldest first, dates as written (ÅÅÅÅ-MM-DD). */
export function historyEntries(frontMatter: Record<string, unknown>): HistoryEntry[] {
  const history = Array.isArray(frontMatter.history) ? (frontMatter.history as Record<string, unknown>[]) : [];
  return history.map((entry) => ({
    version: String(entry.version),
    date: String(isoText(entry.date)),
    changes: String(entry.changes),
    approved_by: String(entry.approved_by),
  }));
}

/** The rows of the history table, newest first, in the order of HISTORY_COLUMNS. */
export function historyTableRows(frontMatter: Record<string, unknown>): string[][] {
  return historyEntries(frontMatter)
    .reverse()
    .map((entry) => [entry.version, formatDate(entry.date), entry.changes, entry.approved_by]);
}
