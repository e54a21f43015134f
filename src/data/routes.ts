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
