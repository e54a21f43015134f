/**
 * Security headers for hosting the built site, with a Content-Security-Policy
 * that allows the site's own inline scripts by hash instead of 'unsafe-inline'.
 * Pure: the build plugin feeds it the HTML, the test server and tests read back.
 */
import {createHash} from 'node:crypto';

/** Inline scripts the browser would execute (not JSON-LD or other data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?<attrs>[^>]*)>(?<body>[\s\S]*?)<\/script>/g)]
    .filter(
      (m) => !/\bsrc=/.test(m.groups!.attrs!) && !/type="(?!text\/javascript|module)[^"]*"/.test(m.groups!.attrs!),
    )
    .map((m) => m.groups!.body!)
    .filter((body) => body.trim() !== '');
}

export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(scriptHashes: readonly string[], connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    // React sets style attributes (e.g. display: contents), which need inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(' '),
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY',
} as const;

/**
 * A `_headers` file as Netlify and Cloudflare Pages read it; other hosts copy the same values.
 * Paths are under the site's base URL ("/" or a sub-path such as "/innkjop/").
 */
export function headersFile(csp: string, baseUrl = '/'): string {
  const all = {'Content-Security-Policy': csp, ...SECURITY_HEADERS};
  return [
    `${baseUrl}*`,
    ...Object.entries(all).map(([name, value]) => `  ${name}: ${value}`),
    `${baseUrl}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
