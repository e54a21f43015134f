import {describe, expect, it} from 'vitest';
import {contentSecurityPolicy, headersFile, inlineScripts, scriptHash} from '@site/src/lib/securityHeaders';
import {parseHeadersFile} from '../../scripts/static-server.mjs';

describe('security headers', () => {
  it('finds inline scripts the browser runs, not external ones or JSON-LD', () => {
    const html =
      '<script src="/a.js"></script><script>var a=1</script><script type="application/ld+json">{"x":1}</script><script data-x="y">b()</script><script> </script>';
    expect(inlineScripts(html)).toEqual(['var a=1', 'b()']);
  });

  it('hashes a script the way CSP expects (sha256, base64)', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('allows only the site itself and the hashed inline scripts', () => {
    const csp = contentSecurityPolicy([scriptHash('b()'), scriptHash('a()'), scriptHash('a()')]);
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+' 'sha256-[^']+'; /);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('writes a _headers file that the static server reads back', () => {
    const csp = contentSecurityPolicy([]);
    const headers = parseHeadersFile(headersFile(csp));
    expect(headers['Content-Security-Policy']).toBe(csp);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers).not.toHaveProperty('Cache-Control');
  });
});
