/**
 * How the portal checks its own accessibility: the browser tests take their settings from here (axe tags, reflow
 * widths, target and text sizes), and the accessibility statement (/tilgjengelighet/) describes the same checks,
 * so the statement changes when the checks do.
 */

/** The axe-core rule tags run on every page: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Widths every page is opened at; 320 is the width WCAG 1.4.10 (Reflow) names. */
export const REFLOW_WIDTHS = [320, 390, 1280] as const;
/** The phone width at which tables, targets and text sizes are checked. */
export const PHONE_WIDTH = 390;
/** Smallest button, checkbox or radio, in CSS px each way (WCAG 2.2 2.5.8, stricter than 2.1 requires). */
export const MIN_TARGET_PX = 24;
/** Smallest text on a button. */
export const MIN_BUTTON_TEXT_PX = 16;

export type AccessibilityCheck = {
  tool: string;
  what: string;
  /** WCAG 2.1 success criteria it covers, wholly or in part. */
  criteria: readonly string[];
  scope: 'every-page' | 'flows';
  /** The test file that runs it. */
  file: string;
};

export const ACCESSIBILITY_CHECKS: readonly AccessibilityCheck[] = [
  {
    tool: 'axe-core (Deque), via @axe-core/playwright i Chromium',
    what: `alle axe-reglene merket ${AXE_TAGS.join(', ')}, på hver side etter at den er lastet og har startet skriptene sine`,
    criteria: ['1.1.1', '1.3.1', '1.4.3', '2.4.2', '2.4.4', '3.1.1', '4.1.2'],
    scope: 'every-page',
    file: 'tests/e2e/sitemap.e2e.ts',
  },
  {
    tool: 'Nu Html Checker (vnu-jar)',
    what: 'at HTML-koden er gyldig, uten feil',
    criteria: ['4.1.1'],
    scope: 'every-page',
    file: 'scripts/check-html.mjs',
  },
  {
    tool: 'egen test i Chromium',
    what: `at ingen side må rulles sidelengs ved ${REFLOW_WIDTHS.join(', ')} px bredde`,
    criteria: ['1.4.10'],
    scope: 'every-page',
    file: 'tests/e2e/reflow.e2e.ts',
  },
  {
    tool: 'egen test i Chromium',
    what: `ved ${PHONE_WIDTH} px: at brede tabeller ligger i en navngitt region som kan rulles med tastaturet, at knapper, avkrysningsbokser og radioknapper er minst ${MIN_TARGET_PX} × ${MIN_TARGET_PX} px, og at knappetekst er minst ${MIN_BUTTON_TEXT_PX} px og ikke kuttes`,
    criteria: ['1.4.10', '1.4.4', '2.1.1'],
    scope: 'every-page',
    file: 'tests/e2e/reflow.e2e.ts',
  },
  {
    tool: 'egne tester i Chromium',
    what: 'at quizer, modenhetsanalysen, teknologisjekklisten, «Hvilke regler gjelder?», menyen på mobil og søket kan brukes med tastaturet alene, og at svar og resultater leses opp for skjermlesere',
    criteria: ['2.1.1', '2.4.3', '2.4.7', '3.3.1', '4.1.3'],
    scope: 'flows',
    file: 'tests/e2e/courses.e2e.ts, tools.e2e.ts, templates.e2e.ts, guides.e2e.ts, findings.e2e.ts, navigation.e2e.ts',
  },
  {
    tool: 'komponenttester (Testing Library, jsdom)',
    what: 'at skjemaer har ledetekster, spørsmålsgrupper har fieldset og legend, og tilbakemeldinger står i aria-live-områder',
    criteria: ['1.3.1', '3.3.2', '4.1.2', '4.1.3'],
    scope: 'flows',
    file: 'tests/component/',
  },
];

export type KnownDeviation = {
  criterion: string;
  what: string;
  /** ÅÅÅÅ-MM-DD, when it was recorded. */
  found: string;
  plan: string;
};

/** What the checks do not cover or the portal does not yet meet, as recorded by the editors. */
export const KNOWN_DEVIATIONS: readonly KnownDeviation[] = [
  {
    criterion: '1.3.1 Informasjon og relasjoner',
    what: 'Sidene «Hva er endret» for malene viser teksten slik den er skrevet i kildefilen, så tabeller og komponenter vises som kildetekst og ikke som tabeller.',
    found: '2026-12-01',
    plan: 'Sammenligningen skal vise tabeller som tabeller. Til da finnes hver versjon som egen Word-fil på malens side.',
  },
  {
    criterion: 'Nedlastbare dokumenter',
    what: 'Word-filene med malene sjekkes for overskrifter, språk og oppsett, men ikke med et eget verktøy for tilgjengelighet i dokumenter.',
    found: '2026-12-01',
    plan: 'Filene skal sjekkes med tilgjengelighetskontrollen i et tekstbehandlingsprogram før neste versjon av malene.',
  },
  {
    criterion: 'Alle 47 krav',
    what: 'De automatiske testene dekker bare en del av kravene. Portalen er ikke gjennomgått manuelt mot alle kravene, og ikke testet med skjermleser av brukere.',
    found: '2026-12-01',
    plan: 'En manuell gjennomgang mot alle kravene, med skjermleser og forstørrelse, før erklæringen fylles ut i uustatus.no.',
  },
];
