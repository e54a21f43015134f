/**
 * Where each rule the tool «Hvilke regler gjelder for anskaffelsen?» relies on
 * is stated: the regulation and section as the source cites it, and the public
 * page it was read on (checked 2026-12-01 in stored copies). The sentences the
 * tool shows are written for the portal in src/lib/applicableRules.ts; the
 * amounts come from src/data/thresholds.ts.
 */

export type RuleSource = {title: string; url: string};

export type RuleReference = {
  /** Section(s) as the source cites them; empty where the source gives none. */
  legalSource: string;
  source: RuleSource;
  checked: string;
};

export type RuleId =
  | 'value'
  | 'options'
  | 'lower-limit'
  | 'parts'
  | 'part-one'
  | 'announce-national'
  | 'announce-eea'
  | 'special-services'
  | 'espd'
  | 'standstill'
  | 'framework-duration'
  | 'law-proposal';

const checked = '2026-12-01';

const VEILEDER: RuleSource = {
  title: 'Veileder til reglene om offentlige anskaffelser, kapittel 5 (Nærings- og fiskeridepartementet)',
  url: 'https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/sec7',
};

const KUNNGJORE: RuleSource = {
  title: 'Kunngjøre konkurranse / sende invitasjon (anskaffelser.no)',
  url: 'https://www.anskaffelser.no/anskaffelsesprosessen/anskaffelsesprosessen-steg-steg/konkurransegjennomforing/invitasjon-til-konkurranse/kunngjore-konkurranse-sende-invitasjon',
};

export const RULE_REFERENCES: Readonly<Record<RuleId, RuleReference>> = {
  // Vaar names § 5-4 as the section on the estimated value; so does byggejuss.no (served over http only).
  value: {
    legalSource: 'anskaffelsesforskriften § 5-4',
    source: {
      title: 'Nye terskelverdier – 2020 (Vaar advokatfirma)',
      url: 'https://www.vaar.law/nye-terskelverdier-2020/',
    },
    checked,
  },
  options: {
    legalSource: 'anskaffelsesforskriften § 5-4',
    source: {
      title: 'Korleis vurdere verdien på anskaffinga (Sogn og Fjordane fylkeskommune)',
      url: 'https://www.sfj.no/korleis-vurdere-verdien-paa-anskaffinga.5672585-345570.html',
    },
    checked,
  },
  'lower-limit': {legalSource: 'anskaffelsesloven § 2', source: VEILEDER, checked},
  parts: {legalSource: 'anskaffelsesforskriften §§ 5-1 og 5-3', source: VEILEDER, checked},
  'part-one': {
    legalSource: 'anskaffelsesforskriften del I',
    source: {
      title: 'Terskelverdier i forsyningsforskriften (dinanbudstekst.no)',
      url: 'https://www.dinanbudstekst.no/terskelverdier-i-forsyningsforskriften/',
    },
    checked,
  },
  'announce-national': {legalSource: 'anskaffelsesforskriften § 8-17, unntak i § 5-2', source: KUNNGJORE, checked},
  'announce-eea': {legalSource: 'anskaffelsesforskriften § 21-2', source: KUNNGJORE, checked},
  'special-services': {legalSource: 'anskaffelsesforskriften § 5-2 (2) og vedlegg 2', source: KUNNGJORE, checked},
  espd: {
    legalSource: 'anskaffelsesforskriften del III; frivillig under, jf. § 8-10',
    source: {
      title: 'ESPD – europeisk egenerklæringsskjema (anskaffelser.no)',
      url: 'https://www.anskaffelser.no/anskaffelsesprosessen/anskaffelsesprosessen-steg-steg/avklare-behov-og-forberede-konkurransen/kvalifikasjonskrav/espd-europeisk-egenerklaeringsskjema',
    },
    checked,
  },
  standstill: {
    legalSource: 'anskaffelsesforskriften § 10-1 (1) (del II) og § 25-1 (1) (del III)',
    source: {
      title: 'Meddele valg av leverandør (anskaffelser.no)',
      url: 'https://anskaffelser.no/anskaffelsesprosess/anskaffelsesprosessen-steg-steg/konkurransegjennomforing/velge-tilbud-og-innga-avtale/meddele-valg-av-leverandor',
    },
    checked,
  },
  'framework-duration': {
    legalSource: 'anskaffelsesforskriften § 11-1 (4) (del II) og § 26-1 (4) (del III)',
    source: {
      title: 'Korleis inngå rammeavtalar (anskaffelser.no)',
      url: 'https://www.anskaffelser.no/avtaler-og-regelverk/rammeavtaler/korleis-innga-rammeavtalar',
    },
    checked,
  },
  'law-proposal': {
    legalSource: 'Prop. 147 L (2024–2025)',
    source: {
      title: 'Regjeringen legger frem forslag til ny anskaffelseslov (Wikborg Rein, mai 2025)',
      url: 'https://www.wr.no/aktuelt/regjeringen-legger-frem-forslag-til-ny-anskaffelseslov',
    },
    checked,
  },
};

/** The main rule on how long a framework agreement may run, in years, as the source above states it. */
export const FRAMEWORK_MAX_YEARS = 4;
