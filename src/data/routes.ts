/**
 * Where each part of the site lives. Other pages, stored course progress and
 * links people have saved depend on these, so they are written here once and
 * everything else (the config, search, data, plugins and tests) builds on them.
 */
export const ROUTE_BASES = {
  handbook: 'handbok',
  guides: 'veiledere',
  courses: 'kurs',
  news: 'nyheter',
} as const;

export type SitePart = keyof typeof ROUTE_BASES;

const under =
  (part: SitePart) =>
  (path = ''): string =>
    `/${ROUTE_BASES[part]}/${path}`;

/** `/handbok/<path>`; pass a path ending in a slash (or a `#anchor`) for a page. */
export const handbookPath = under('handbook');
export const guidePath = under('guides');
export const coursePath = under('courses');
export const newsPath = under('news');

/** The guide for administrators who put the courses' SCORM packages into their own learning platform. */
export const LEARNING_PLATFORM_GUIDE_ROUTE = coursePath('laeringsplattform/');

/** What each part is called in the navbar and the breadcrumbs. */
export const PART_LABELS: Record<SitePart, string> = {
  handbook: 'Håndbok',
  guides: 'Veiledere',
  courses: 'Kurs',
  news: 'Nyheter',
};

/** The docs plugin instance that serves each docs part (the handbook is the preset's default instance). */
export const DOCS_INSTANCES = {default: 'handbook', guides: 'guides', courses: 'courses'} as const satisfies Record<
  string,
  SitePart
>;

/** The part a docs instance serves, for components that know only the active instance. */
export function partOfDocsInstance(pluginId: string): Exclude<SitePart, 'news'> | undefined {
  return Object.hasOwn(DOCS_INSTANCES, pluginId) ? DOCS_INSTANCES[pluginId as keyof typeof DOCS_INSTANCES] : undefined;
}

/** The accessibility statement and the privacy page (src/pages), linked from every footer. */
export const TRUST_PAGES = {
  accessibility: '/tilgjengelighet/',
  privacy: '/personvern/',
} as const;
