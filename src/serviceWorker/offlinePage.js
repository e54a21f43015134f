// @ts-check
/**
 * The page the service worker answers with when the reader has no network and
 * the page they asked for was never saved: plain HTML with no script and no
 * file of its own, so it shows even when nothing else of the site is cached.
 */

/** @typedef {{url: string, title: string}} SavedPage */

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c] ?? c);

/** @type {Record<string, string>} */
const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

/** @param {string} text */
const decodeEntities = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });

/**
 * The title a saved page shows in its <title>, without the site's name after the last « | ».
 * @param {string} html
 * @param {string} fallback shown for a page with no title
 */
export function savedPageTitle(html, fallback) {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const title = decodeEntities(match?.[1] ?? '').trim();
  const withoutSite = title.includes(' | ') ? title.slice(0, title.lastIndexOf(' | ')).trim() : title;
  return withoutSite || fallback;
}

/** The folder a page sits in: a course's lessons share one, and sort after the course itself. */
const folderOf = (/** @type {string} */ url) => new URL(url).pathname.replace(/[^/]*\/?$/, '');

/**
 * The home page first, then the pages of each part of the site together, by title within a folder;
 * a page kept under several addresses (with and without a query) once.
 * @param {readonly SavedPage[]} pages
 * @param {string} homeUrl
 */
export function orderSavedPages(pages, homeUrl) {
  const collator = new Intl.Collator('nb', {numeric: true});
  const unique = [...new Map(pages.map((page) => [page.url, page])).values()];
  return unique.sort(
    (a, b) =>
      Number(b.url === homeUrl) - Number(a.url === homeUrl) ||
      collator.compare(folderOf(a.url), folderOf(b.url)) ||
      collator.compare(a.title, b.title),
  );
}

/** Kept inline: the page has to look right with no stylesheet of the site in the cache. */
const STYLE = `body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1e21;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
a{color:#1d4f7c}a:focus-visible{outline:3px solid #1d4f7c;outline-offset:2px}
ul{padding-left:1.25rem}li{margin:.5rem 0}
@media (prefers-color-scheme:dark){body{color:#e3e3e3;background:#1b1b1d}a{color:#8fc1ee}a:focus-visible{outline-color:#8fc1ee}}`;

/** No script, no frames, no form: the page needs nothing but its own inline style. */
export const OFFLINE_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * @param {{requestedUrl: string, saved: readonly SavedPage[]}} page
 *   `saved` lists the pages the reader can open without a network, in the order to show them.
 */
export function offlinePageHtml({requestedUrl, saved}) {
  const list = saved.length
    ? `<h2>Sider du kan lese uten nett</h2>
<ul>
${saved.map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`).join('\n')}
</ul>`
    : `<p>Ingen sider er lagret i denne nettleseren ennå. Sider du åpner mens du har nett, lagres av seg selv.</p>`;
  return `<!doctype html>
<html lang="nb-NO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Du er uten nett</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Du er uten nett</h1>
<p>Siden du ba om, er ikke lagret i nettleseren, så den kan ikke vises før du har nett igjen.
<a href="${escapeHtml(requestedUrl)}">Prøv igjen</a> når du har forbindelse.</p>
${list}
</main>
</body>
</html>
`;
}
