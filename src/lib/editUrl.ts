/**
 * `EDIT_URL`: the address of the repository's editor, for example
 * `https://github.com/<eier>/<repo>/edit/main/`. When set, every handbook page,
 * guide, lesson and news post gets a «Foreslå endring» link to its own file there
 * (the docs and blog plugins' `editUrl`, which append the file's path).
 */
export type EditUrlEnv = {EDIT_URL?: string};

export function resolveEditUrl(env: EditUrlEnv): string | undefined {
  const raw = env.EDIT_URL?.trim() ?? '';
  if (raw === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) {
    throw new Error(
      `EDIT_URL må være en full http- eller https-adresse til repositoriets redigering, for eksempel «https://github.com/eier/repo/edit/main/» (fikk «${raw}»).`,
    );
  }
  return raw.endsWith('/') ? raw : `${raw}/`;
}
