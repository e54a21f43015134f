// Serves build/ the way a static host or CDN would: gzip compression,
// directory index.html, the site's 404 page, and the security headers the
// build writes to build/_headers (Content-Security-Policy included), so every
// browser test runs under the policy a real deployment sends. Used by
// `npm run serve`, the browser tests and the benchmark.
import http from 'node:http';
import path from 'node:path';
import {existsSync, readFileSync} from 'node:fs';
import sirv from 'sirv';
import compression from 'compression';

/**
 * The headers listed for every page (`<base>*`) in a Netlify/Cloudflare-style `_headers` file.
 * @param {string} text
 * @param {string} [basePath] where the site lives: "/" or a sub-path such as "/innkjop/"
 * @returns {Record<string, string>}
 */
export function parseHeadersFile(text, basePath = '/') {
  /** @type {Record<string, string>} */
  const headers = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inAll = line.trim() === `${basePath}*`;
    else if (inAll && line.includes(':')) {
      const index = line.indexOf(':');
      headers[line.slice(0, index).trim()] = line.slice(index + 1).trim();
    }
  }
  return headers;
}

/**
 * Serves `dir` at `basePath` ("/" or a sub-path such as "/innkjop/", as a site built with that BASE_URL expects);
 * anything outside it gets the 404 page. The returned `url` ends without a slash and includes the sub-path.
 * @param {{dir?: string, port?: number, host?: string, basePath?: string}} [options]
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function startStaticServer({dir = 'build', port = 0, host = '127.0.0.1', basePath = '/'} = {}) {
  const root = path.resolve(dir);
  const notFoundPage = readFileSync(path.join(root, '404.html'));
  const headersPath = path.join(root, '_headers');
  const siteHeaders = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8'), basePath) : {};
  const compress = compression();
  const assets = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(siteHeaders)) res.setHeader(name, value);
      const immutable = pathname.startsWith('/assets/');
      res.setHeader(
        'Cache-Control',
        immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      );
    },
  });

  /** @param {http.ServerResponse} res */
  const notFound = (res) => {
    res.statusCode = 404;
    for (const [name, value] of Object.entries(siteHeaders)) res.setHeader(name, value);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFoundPage);
  };
  const server = http.createServer((req, res) => {
    compress(req, res, () => {
      const url = req.url ?? '/';
      if (!url.startsWith(basePath)) return notFound(res);
      // sirv serves the folder at "/"; the site's own links carry the sub-path.
      req.url = `/${url.slice(basePath.length)}`;
      assets(req, res, () => notFound(res));
    });
  });

  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}${basePath.replace(/\/$/, '')}`;
  return {
    url,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
