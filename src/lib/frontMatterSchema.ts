/**
 * Front matter is a contract between editors and the site: these schemas say
 * what a template page and a category guide must declare. They run at build
 * time (src/plugins/front-matter-validation) and in tests.
 */
import * as z from 'zod';
import {CATEGORY_IDS} from '../data/categories';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TEMPLATE_STATUSES = ['gjeldende', 'utkast', 'utgått'] as const;

function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YAML turns an unquoted `2026-11-24` into a Date; accept both forms, reject impossible dates. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({error: 'forventet en dato på formen ÅÅÅÅ-MM-DD'})
    .regex(ISO_DATE, {error: 'forventet en dato på formen ÅÅÅÅ-MM-DD', abort: true})
    .refine(isCalendarDate, {error: 'forventet en dato som finnes i kalenderen'}),
);

const nonEmptyText = (what: string) =>
  z.string({error: `forventet ${what} som tekst`}).trim().min(1, {error: `forventet ${what}, fikk tom tekst`});

export const templateFrontMatterSchema = z.object({
  template_id: z
    .string({error: 'forventet en id med små bokstaver, tall og bindestrek, f.eks. avviksrapport'})
    .regex(SLUG, {error: 'forventet en id med små bokstaver, tall og bindestrek, f.eks. avviksrapport'}),
  version: z
    .string({error: 'forventet et versjonsnummer som tekst på formen 1.2.0 (semver)'})
    .regex(SEMVER, {error: 'forventet et versjonsnummer på formen 1.2.0 (semver)'}),
  status: z.enum(TEMPLATE_STATUSES, {error: `forventet én av ${TEMPLATE_STATUSES.join(', ')}`}),
  owner: nonEmptyText('en eier (person eller enhet)'),
  last_reviewed: isoDate,
});

export const guideFrontMatterSchema = z.object({
  category: z.enum(CATEGORY_IDS, {error: `forventet én av kategoriene ${CATEGORY_IDS.join(', ')}`}),
  last_reviewed: isoDate,
  owner: nonEmptyText('en eier (person eller enhet)').optional(),
});

export type TemplateFrontMatter = z.infer<typeof templateFrontMatterSchema>;
export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;

export type FrontMatterKind = 'template' | 'guide';

const SCHEMAS = {template: templateFrontMatterSchema, guide: guideFrontMatterSchema} as const;

/** Keys whose presence marks a handbook page as a template that must pass the full schema. */
export const TEMPLATE_MARKER_KEYS = ['template_id', 'version', 'status'] as const;

export function isTemplate(frontMatter: Record<string, unknown>): boolean {
  return TEMPLATE_MARKER_KEYS.some((key) => key in frontMatter);
}

export type FrontMatterProblem = {field: string; expected: string; received: string};

function describeReceived(frontMatter: Record<string, unknown>, field: string): string {
  if (!(field in frontMatter)) return 'feltet mangler';
  const value = frontMatter[field];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'ugyldig dato' : value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

export function checkFrontMatter(kind: FrontMatterKind, frontMatter: Record<string, unknown>): FrontMatterProblem[] {
  const result = SCHEMAS[kind].safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(front matter)';
    return {field, expected: issue.message, received: describeReceived(frontMatter, field)};
  });
}
