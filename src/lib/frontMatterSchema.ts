/**
 * Front matter is a contract between editors and the site: these schemas say
 * what a template page and a category guide must declare. They run at build
 * time (src/plugins/front-matter-validation) and in tests.
 */
import * as z from 'zod';
import {CATEGORY_IDS} from '../data/categories';
import {SEMVER} from './semver';
import {ISO_DATE, isCalendarDate} from './calendarDate';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const TEMPLATE_STATUSES = ['gjeldende', 'utkast', 'utgått'] as const;

/** YAML turns an unquoted `2026-11-24` into a Date; accept both forms, reject impossible dates. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({error: 'forventet en dato på formen ÅÅÅÅ-MM-DD'})
    .regex(ISO_DATE, {error: 'forventet en dato på formen ÅÅÅÅ-MM-DD', abort: true})
    .refine(isCalendarDate, {error: 'forventet en dato som finnes i kalenderen'}),
);

const nonEmptyText = (what: string) =>
  z
    .string({error: `forventet ${what} som tekst`})
    .trim()
    .min(1, {error: `forventet ${what}, fikk tom tekst`});

const templateFrontMatterSchema = z.object({
  template_id: z
    .string({error: 'forventet en id med små bokstaver, tall og bindestrek, f.eks. avviksrapport'})
    .regex(SLUG, {error: 'forventet en id med små bokstaver, tall og bindestrek, f.eks. avviksrapport'}),
  version: z
    .string({error: 'forventet et versjonsnummer som tekst på formen 1.2.0 (semver)'})
    .regex(SEMVER, {error: 'forventet et versjonsnummer på formen 1.2.0 (semver)'}),
  status: z.enum(TEMPLATE_STATUSES, {error: `forventet én av ${TEMPLATE_STATUSES.join(', ')}`}),
  /** Only when someone other than the publisher owns it (src/data/publisher.ts). */
  owner: z.optional(nonEmptyText('en eier (person eller enhet)')),
  last_reviewed: isoDate,
});

/** A link in a guide's `related` list; the page renders it, so a broken route fails the build's link check. */
const relatedLink = z.object({
  to: z
    .string({error: 'forventet en intern adresse som begynner med /'})
    .regex(/^\/[^\s]*$/, {error: 'forventet en intern adresse som begynner med /, uten mellomrom'}),
  title: nonEmptyText('en lenketekst'),
});

const guideFrontMatterSchema = z.object({
  category: z.enum(CATEGORY_IDS, {error: `forventet én av kategoriene ${CATEGORY_IDS.join(', ')}`}),
  last_reviewed: isoDate,
  /** Only when someone other than the publisher owns it (src/data/publisher.ts). */
  owner: z.optional(nonEmptyText('en eier (person eller enhet)')),
  related: z
    .array(relatedLink, {error: 'forventet en liste med lenker (to, title) til maler og kurs'})
    .min(1, {error: 'forventet minst én lenke til en mal eller et kurs'}),
});

export type RelatedLink = z.infer<typeof relatedLink>;

export type TemplateFrontMatter = z.infer<typeof templateFrontMatterSchema>;
export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;

export type FrontMatterKind = 'template' | 'guide';

const SCHEMAS = {template: templateFrontMatterSchema, guide: guideFrontMatterSchema} as const;

export type FrontMatterProblem = {field: string; expected: string; received: string};

function valueAt(frontMatter: Record<string, unknown>, path: readonly PropertyKey[]): {found: boolean; value: unknown} {
  let value: unknown = frontMatter;
  for (const key of path) {
    if (
      value === null ||
      typeof value !== 'object' ||
      !(key in value) ||
      (value as Record<PropertyKey, unknown>)[key] === undefined
    ) {
      return {found: false, value: undefined};
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return {found: true, value};
}

function describeReceived(frontMatter: Record<string, unknown>, path: readonly PropertyKey[]): string {
  const {found, value} = valueAt(frontMatter, path);
  if (!found) return 'feltet mangler';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'ugyldig dato' : value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

export function checkFrontMatter(kind: FrontMatterKind, frontMatter: Record<string, unknown>): FrontMatterProblem[] {
  const result = SCHEMAS[kind].safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(front matter)';
    return {field, expected: issue.message, received: describeReceived(frontMatter, issue.path)};
  });
}
