/**
 * The change log's tag for each guide and course. Templates are tagged with
 * their `template_id` (src/lib/templateRelease.ts); guides and courses get a
 * prefix, since a course and a template may one day share a slug.
 */
export const guideTag = (category: string): string => `veileder-${category}`;

export const courseTag = (courseId: string): string => `kurs-${courseId}`;
