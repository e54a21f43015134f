/**
 * Which handbook pages are templates. Kept apart from the zod schemas so the
 * page chrome that asks this question in the browser does not ship zod.
 */

/** Keys whose presence marks a handbook page as a template that must pass the full schema. */
const TEMPLATE_MARKER_KEYS = ['template_id', 'version', 'status'] as const;

export function isTemplate(frontMatter: Record<string, unknown>): boolean {
  return TEMPLATE_MARKER_KEYS.some((key) => key in frontMatter);
}
