import {describe, expect, it} from 'vitest';
import {LOCAL_SITE_URL, resolveSiteAddress} from '@site/src/lib/siteAddress';

describe('resolveSiteAddress', () => {
  it('builds for this machine, and says so, when SITE_URL is not set', () => {
    const address = resolveSiteAddress({});
    expect(address).toMatchObject({url: LOCAL_SITE_URL, baseUrl: '/'});
    expect(address.notice).toContain('SITE_URL er ikke satt');
    expect(resolveSiteAddress({SITE_URL: '  '}).url).toBe(LOCAL_SITE_URL);
  });

  it('takes the deployment address and sub-path as given', () => {
    expect(resolveSiteAddress({SITE_URL: 'https://innkjop.example.no/', BASE_URL: '/innkjop/'})).toEqual({
      url: 'https://innkjop.example.no',
      baseUrl: '/innkjop/',
    });
    expect(resolveSiteAddress({SITE_URL: 'https://a.example', BASE_URL: '/etat/innkjop/'}).baseUrl).toBe(
      '/etat/innkjop/',
    );
  });

  it.each([
    [{BASE_URL: 'innkjop'}, /BASE_URL må være en sti/],
    [{BASE_URL: '/innkjop'}, /BASE_URL må være en sti/],
    [{BASE_URL: '/inn kjop/'}, /BASE_URL må være en sti/],
    [{SITE_URL: 'innkjop.example.no'}, /SITE_URL må være en full adresse/],
    [{SITE_URL: 'ftp://innkjop.example.no'}, /http- eller https-adresse/],
    [{SITE_URL: 'https://innkjop.example.no/innkjop/'}, /sett stien «\/innkjop\/» i BASE_URL/],
  ])('refuses %j with a Norwegian message', (env, message) => {
    expect(() => resolveSiteAddress(env)).toThrow(message);
  });
});
