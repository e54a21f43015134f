/** The sections every category guide has, in this order (checked by tests/unit/guides.test.ts). */
export const GUIDE_SECTIONS = [
  'Kort fortalt',
  'Egner kategorien seg for samarbeid?',
  'Behov og kravspesifikasjon',
  'Marked og leverandører',
  'Avtaleform og varighet',
  'Oppfølging og nøkkeltall',
  'Fallgruver',
  'Sjekkliste',
  'Hva kartleggingen viser',
  'Relevante maler og kurs',
] as const;
