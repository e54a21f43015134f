/**
 * Scoring of the maturity self-assessment, prioritised recommendations,
 * comparison with an earlier assessment, storage and exports. Pure.
 */
import {LEVEL_NAMES, type Dimension, type Level, type Recommendation} from '../data/maturity';
import type {StoredKind} from './versionedStorage';
import {osloIsoDate, plausibleDate} from './format';
import {isRecord, z} from './schema';
import {FIRST_RELEASE} from '../data/portal';
import {STORAGE_KEYS} from './storageKeys';

export type MaturityAnswers = Readonly<Record<string, Level>>;

export type DimensionScore = {
  id: string;
  name: string;
  score: number | null;
  level: Level | null;
  answered: number;
  total: number;
};

export type MaturityResult = {
  complete: boolean;
  answered: number;
  total: number;
  dimensions: DimensionScore[];
  /** Average of the dimension scores, when every statement is answered. */
  overall: number | null;
  overallLevel: Level | null;
  /** Weakest dimensions first; only those below «Avansert». */
  recommendations: {dimensionId: string; name: string; score: number; recommendation: Recommendation}[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** 1.0–1.9 is level 1, and so on; a full 5 is level 5. */
export function levelOf(score: number): Level {
  return Math.min(5, Math.max(1, Math.floor(score + 1e-9))) as Level;
}

function isLevel(value: unknown): value is Level {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

export function scoreAssessment(dimensions: readonly Dimension[], answers: MaturityAnswers): MaturityResult {
  const scored: DimensionScore[] = dimensions.map((d) => {
    const given = d.statements.map((s) => answers[s.id]).filter(isLevel);
    const complete = given.length === d.statements.length && given.length > 0;
    const score = complete ? round1(given.reduce((a, b) => a + b, 0) / given.length) : null;
    return {
      id: d.id,
      name: d.name,
      score,
      level: score === null ? null : levelOf(score),
      answered: given.length,
      total: d.statements.length,
    };
  });
  const answered = scored.reduce((s, d) => s + d.answered, 0);
  const total = scored.reduce((s, d) => s + d.total, 0);
  const complete = total > 0 && answered === total;
  const overall = complete ? round1(scored.reduce((s, d) => s + d.score!, 0) / scored.length) : null;
  const recommendations = complete
    ? scored
        .filter((d) => d.score! < 4)
        .sort(
          (a, b) =>
            a.score! - b.score! ||
            dimensions.findIndex((d) => d.id === a.id) - dimensions.findIndex((d) => d.id === b.id),
        )
        .map((d) => ({
          dimensionId: d.id,
          name: d.name,
          score: d.score!,
          recommendation: dimensions.find((x) => x.id === d.id)!.recommendation,
        }))
    : [];
  return {
    complete,
    answered,
    total,
    dimensions: scored,
    overall,
    overallLevel: overall === null ? null : levelOf(overall),
    recommendations,
  };
}

export type SavedAssessment = {savedAt: string; answers: Record<string, Level>};

export type Comparison = {id: string; name: string; before: number | null; now: number | null; change: number | null}[];

export function compareAssessments(
  dimensions: readonly Dimension[],
  before: MaturityAnswers,
  now: MaturityAnswers,
): Comparison {
  const a = scoreAssessment(dimensions, before).dimensions;
  const b = scoreAssessment(dimensions, now).dimensions;
  return a.map((d, i) => {
    const after = b[i]!.score;
    return {
      id: d.id,
      name: d.name,
      before: d.score,
      now: after,
      change: d.score !== null && after !== null ? round1(after - d.score) : null,
    };
  });
}

export type MaturityStore = {draft: Record<string, Level>; saved: SavedAssessment[]};

function cleanAnswers(value: unknown, known: ReadonlySet<string>): {answers: Record<string, Level>; dropped: boolean} {
  const answers: Record<string, Level> = {};
  let dropped = false;
  if (!isRecord(value)) return {answers, dropped: value !== undefined};
  for (const [id, level] of Object.entries(value)) {
    if (known.has(id) && isLevel(level)) answers[id] = level;
    else dropped = true;
  }
  return {answers, dropped};
}

/** A saved assessment's frame; its answers are checked one by one against the statements asked today. */
const savedSchema = z.object({savedAt: z.iso.datetime(), answers: z.optional(z.unknown())});

function cleanSaved(
  entry: unknown,
  known: ReadonlySet<string>,
  now: Date,
): {saved?: SavedAssessment; dropped: boolean} {
  const parsed = savedSchema.safeParse(entry);
  if (!parsed.success || !plausibleDate(parsed.data.savedAt, FIRST_RELEASE, now)) return {dropped: true};
  const answers = cleanAnswers(parsed.data.answers, known);
  return {saved: {savedAt: parsed.data.savedAt, answers: answers.answers}, dropped: answers.dropped};
}

/** The draft and the saved assessments as kept in the browser; answers to statements no longer asked are dropped. */
export function maturityKind(
  dimensions: readonly Dimension[],
  now: () => Date = () => new Date(),
): StoredKind<MaturityStore> {
  const known = new Set(dimensions.flatMap((d) => d.statements.map((s) => s.id)));
  return {
    key: STORAGE_KEYS.maturity,
    version: 1,
    noun: 'de lagrede vurderingene',
    empty: () => ({draft: {}, saved: []}),
    clean: (data) => {
      const draft = cleanAnswers(data.draft, known);
      const entries = Array.isArray(data.saved) ? data.saved.map((entry) => cleanSaved(entry, known, now())) : [];
      // One assessment per moment: a second copy of the same save is a duplicate, not a comparison.
      const saved = [
        ...new Map(entries.flatMap((e) => (e.saved ? [[e.saved.savedAt, e.saved] as const] : []))).values(),
      ];
      return {
        value: {draft: draft.answers, saved},
        dropped:
          draft.dropped ||
          entries.some((e) => e.dropped) ||
          saved.length !== entries.filter((e) => e.saved).length ||
          (data.saved !== undefined && !Array.isArray(data.saved)),
      };
    },
  };
}

/** The export the tool writes and reads back: one assessment with its time. */
export const MATURITY_EXPORT_VERSION = 1;

export function maturityExport(answers: MaturityAnswers, savedAt: string): string {
  return JSON.stringify({version: MATURITY_EXPORT_VERSION, savedAt, answers}, null, 2);
}

export type MaturityImport = {ok: true; assessment: SavedAssessment} | {ok: false; message: string};

/** An export is a few kilobytes; a file far larger is not one, and is not read. */
export const MATURITY_IMPORT_MAX = 200_000;

const refuse = (why: string): MaturityImport => ({
  ok: false,
  message: `Filen kan ikke hentes inn: ${why}. Svarene dine er ikke endret.`,
});

export const tooLargeImport = (): MaturityImport =>
  refuse('filen er for stor til å være en vurdering fra modenhetsanalysen');

const exportSchema = z.object({version: z.number(), savedAt: z.string(), answers: z.unknown()});

/**
 * A file the reader picked, checked strictly: only a whole, valid export from this tool is taken in, so a wrong
 * or damaged file can never mix stray answers into the reader's own.
 */
export function parseMaturityImport(text: string, dimensions: readonly Dimension[], now = new Date()): MaturityImport {
  if (text.trim() === '') return refuse('filen er tom');
  if (text.length > MATURITY_IMPORT_MAX) return tooLargeImport();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('filen er ikke en JSON-fil fra modenhetsanalysen');
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) return refuse('filen mangler versjon, dato eller svar');
  const {version, savedAt, answers} = parsed.data;
  if (version > MATURITY_EXPORT_VERSION) return refuse('filen er laget av en nyere versjon av portalen');
  if (version !== MATURITY_EXPORT_VERSION) return refuse(`filen har en ukjent versjon (${version})`);
  if (!z.iso.datetime().safeParse(savedAt).success || !plausibleDate(savedAt, FIRST_RELEASE, now))
    return refuse('datoen i filen er ugyldig');
  const known = new Set(dimensions.flatMap((d) => d.statements.map((s) => s.id)));
  if (!isRecord(answers)) return refuse('svarene i filen kan ikke leses');
  const {answers: clean, dropped} = cleanAnswers(answers, known);
  if (dropped) {
    const bad = Object.keys(answers).length - Object.keys(clean).length;
    return refuse(`${bad} av svarene hører ikke til analysen eller har et nivå utenfor 1–5`);
  }
  return {ok: true, assessment: {savedAt, answers: clean}};
}

/** Which area (0-based) the `?omrade=` value names, counted from 1 as the page shows it; anything else is the first. */
export function areaFromParam(value: string | null, areaCount: number): number {
  if (value === null || !/^\d{1,3}$/.test(value)) return 0;
  const number = Number(value);
  return number >= 1 && number <= areaCount ? number - 1 : 0;
}

/** One assessment as CSV: dimension, statement, score and level, then the dimension scores. */
export function maturityCsv(dimensions: readonly Dimension[], answers: MaturityAnswers, savedAt: string): string {
  const result = scoreAssessment(dimensions, answers);
  const q = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = [
    ['Dato', 'Område', 'Påstand', 'Poeng', 'Nivå'].join(';'),
    ...dimensions.flatMap((d) =>
      d.statements.map((s) => {
        const level = answers[s.id];
        return [
          osloIsoDate(savedAt),
          q(d.name),
          q(s.text),
          level ?? '',
          level ? LEVEL_NAMES[level] : 'Ikke besvart',
        ].join(';');
      }),
    ),
    ...result.dimensions.map((d) =>
      [
        osloIsoDate(savedAt),
        q(d.name),
        'Snitt for området',
        d.score === null ? '' : String(d.score).replace('.', ','),
        d.level ? LEVEL_NAMES[d.level] : 'Ikke fullført',
      ].join(';'),
    ),
    [
      osloIsoDate(savedAt),
      'Samlet',
      'Snitt for alle områder',
      result.overall === null ? '' : String(result.overall).replace('.', ','),
      result.overallLevel ? LEVEL_NAMES[result.overallLevel] : 'Ikke fullført',
    ].join(';'),
  ];
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
