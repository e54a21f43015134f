/**
 * Where the built site will be served, from the build's environment:
 * `SITE_URL` (scheme and host, as in sitemap, feeds, canonical links and Word
 * files) and `BASE_URL` (the sub-path, for agencies that host the portal under
 * one). Without `SITE_URL` the build is for this machine and says so, rather
 * than printing a made-up domain into files people keep.
 */
export const LOCAL_SITE_URL = 'http://localhost:3000';

export type SiteAddress = {url: string; baseUrl: string; notice?: string};

export type SiteAddressEnv = {SITE_URL?: string; BASE_URL?: string};

export function resolveSiteAddress(env: SiteAddressEnv): SiteAddress {
  const rawUrl = env.SITE_URL?.trim() ?? '';
  const rawBase = env.BASE_URL?.trim() ?? '';
  const baseUrl = rawBase === '' ? '/' : rawBase;
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(baseUrl)) {
    throw new Error(
      `BASE_URL må være en sti som begynner og slutter med «/», for eksempel «/innkjop/» (fikk «${rawBase}»).`,
    );
  }
  if (rawUrl === '') {
    return {
      url: LOCAL_SITE_URL,
      baseUrl,
      notice: `SITE_URL er ikke satt: sitemap, strømmer og Word-filer peker til ${LOCAL_SITE_URL}${baseUrl}. Sett SITE_URL=https://… før en publisering.`,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(rawUrl);
  } catch {
    throw new Error(`SITE_URL må være en full adresse, for eksempel «https://innkjop.example.no» (fikk «${rawUrl}»).`);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash || parsed.username) {
    throw new Error(`SITE_URL må være en http- eller https-adresse uten spørring (fikk «${rawUrl}»).`);
  }
  if (parsed.pathname !== '/') {
    throw new Error(
      `SITE_URL skal bare ha skjema og vertsnavn; sett stien «${parsed.pathname}» i BASE_URL i stedet (fikk «${rawUrl}»).`,
    );
  }
  return {url: parsed.origin, baseUrl};
}
