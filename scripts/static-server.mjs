// Serves build/ the way a static host or CDN would: gzip compression,
// directory index.html, the site's 404 page. Used by `npm run serve`,
// the browser tests and the benchmark.
import http from 'node:http';
import path from 'node:path';
import {readFileSync} from 'node:fs';
import sirv from 'sirv';
import compression from 'compression';

/**
 * @param {{dir?: string, port?: number, host?: string}} [options]
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function startStaticServer({dir = 'build', port = 0, host = '127.0.0.1'} = {}) {
  const root = path.resolve(dir);
  const notFoundPage = readFileSync(path.join(root, '404.html'));
  const compress = compression();
  const assets = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      const immutable = pathname.startsWith('/assets/');
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    },
  });

  const server = http.createServer((req, res) => {
    compress(req, res, () =>
      assets(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFoundPage);
      }),
    );
  });

  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
