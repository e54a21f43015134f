/** What a visited page needs to open again without a network: its HTML and the same-origin files it loaded. */

/**
 * Downloads and search indexes are large and fetched on purpose; the worker script must always come from the network.
 * Pages (every route ends in «/») have a cache of their own. Matched against the path below the site's base URL.
 */
const NOT_CACHED = /\.(docx|xlsx|csv|zip)$|^search-index[^/]*\.json$|^sw\.js$|(^|\/)$/;

/**
 * The files of the site a page loaded (from Resource Timing entries) worth keeping for offline reading.
 * `baseUrl` is where the site lives on `origin` ("/" or a sub-path such as "/innkjop/").
 */
export function offlineResources(entries: readonly {name: string}[], origin: string, baseUrl: string): string[] {
  const paths = new Set<string>();
  for (const {name} of entries) {
    let url: URL;
    try {
      url = new URL(name);
    } catch {
      continue;
    }
    if (url.origin !== origin || !url.pathname.startsWith(baseUrl)) continue;
    if (NOT_CACHED.test(url.pathname.slice(baseUrl.length))) continue;
    paths.add(url.pathname + url.search);
  }
  return [...paths];
}
