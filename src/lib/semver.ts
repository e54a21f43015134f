/** Semantic version numbers (semver.org 2.0.0): the form templates are versioned in, and their order. */

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

function compareIdentifiers(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  if (numeric.test(a)) return -1;
  if (numeric.test(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Semver precedence: negative when `a` comes before `b`; a pre-release comes before its release. */
export function compareVersions(a: string, b: string): number {
  const [, ...ma] = SEMVER.exec(a) ?? [];
  const [, ...mb] = SEMVER.exec(b) ?? [];
  if (ma.length === 0 || mb.length === 0) throw new Error(`Ikke et versjonsnummer: «${ma.length ? b : a}»`);
  for (let i = 0; i < 3; i++) {
    const difference = Number(ma[i]) - Number(mb[i]);
    if (difference !== 0) return difference;
  }
  const [preA, preB] = [ma[3], mb[3]];
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const [partsA, partsB] = [preA.split('.'), preB.split('.')];
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const difference = compareIdentifiers(partsA[i]!, partsB[i]!);
    if (difference !== 0) return difference;
  }
  return partsA.length - partsB.length;
}
