/** What a visited page needs to open again without a network: its HTML and the same-origin files it loaded. */

/** Downloads and search indexes are large and fetched on purpose; the worker script must always come from the network. */
const NOT_CACHED = /\.(docx|xlsx|csv)$|^\/search-index[^/]*\.json$|^\/sw\.js$/;

/** The same-origin files a page loaded (from Resource Timing entries) worth keeping for offline reading. */
export function offlineResources(entries: readonly {name: string}[], origin: string): string[] {
  const paths = new Set<string>();
  for (const {name} of entries) {
    let url: URL;
    try {
      url = new URL(name);
    } catch {
      continue;
    }
    if (url.origin !== origin || NOT_CACHED.test(url.pathname)) continue;
    paths.add(url.pathname + url.search);
  }
  return [...paths];
}
