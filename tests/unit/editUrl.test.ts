import {describe, expect, it} from 'vitest';
import {resolveEditUrl} from '@site/src/lib/editUrl';

describe('resolveEditUrl', () => {
  it('leaves the link out when EDIT_URL is not set', () => {
    expect(resolveEditUrl({})).toBeUndefined();
    expect(resolveEditUrl({EDIT_URL: '  '})).toBeUndefined();
  });

  it('takes the editor address, ending it with a slash so the file path follows', () => {
    expect(resolveEditUrl({EDIT_URL: 'https://github.com/eier/repo/edit/main'})).toBe(
      'https://github.com/eier/repo/edit/main/',
    );
  });

  it.each(['github.com/eier/repo', 'ftp://example.no/', 'javascript:alert(1)'])('refuses %s in Norwegian', (value) => {
    expect(() => resolveEditUrl({EDIT_URL: value})).toThrow(/^EDIT_URL må være en full http- eller https-adresse/);
  });
});
