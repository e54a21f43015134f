/**
 * The legal thresholds of Norwegian public procurement (terskelverdier), one
 * entry per value and period, each with the public page it was read on and the
 * day it was checked. Pages show them by id (<ThresholdAmount/>,
 * <ThresholdTable/>) and never type the amounts.
 *
 * Every value was looked up on 2026-12-01 in stored copies of public pages. No
 * page found then gives values newer than those in force from 14 March 2024;
 * where sources disagree or a value may have been replaced, `note` says so.
 */

export type ThresholdId =
  | 'regelverkets-nedre-grense'
  | 'nasjonal'
  | 'eos-statlig'
  | 'eos-andre'
  | 'eos-bygg-anlegg'
  | 'eos-saerlige-tjenester'
  | 'forsyning-varer-tjenester'
  | 'forsyning-bygg-anlegg';

export type ThresholdSource = {title: string; url: string};

export type ThresholdPeriod = {
  id: ThresholdId;
  /** Kroner excluding VAT. */
  amount: number;
  /** Regulation (or act) and section, as the sources cite it. */
  legalSource: string;
  /** First day in force, ÅÅÅÅ-MM-DD. */
  validFrom: string;
  /** Last day in force, or null when no source states an end. */
  validTo: string | null;
  /**
   * For values the sources say are revised every two years, the day two years
   * after they came into force: from then on a page warns that the value may
   * have been replaced, even though no end date is known.
   */
  revisionDue?: string;
  source: ThresholdSource;
  /** When the value was checked against `source`, ÅÅÅÅ-MM-DD. */
  checked: string;
  /** Where sources disagree, a value is inferred, or it may be outdated. */
  note?: string;
};

/** The day every value below was last checked. */
export const THRESHOLDS_CHECKED = '2026-12-01';

export const THRESHOLD_NAMES: Readonly<Record<ThresholdId, string>> = {
  'regelverkets-nedre-grense': 'Nedre grense for anskaffelsesregelverket',
  nasjonal: 'Nasjonal terskelverdi',
  'eos-statlig': 'EØS-terskelverdi for varer og tjenester, statlige myndigheter',
  'eos-andre': 'EØS-terskelverdi for varer og tjenester, andre oppdragsgivere (kommuner, fylkeskommuner m.fl.)',
  'eos-bygg-anlegg': 'EØS-terskelverdi for bygge- og anleggskontrakter',
  'eos-saerlige-tjenester': 'EØS-terskelverdi for særlige tjenester og helse- og sosialtjenester',
  'forsyning-varer-tjenester': 'Forsyningsforskriften: EØS-terskelverdi for varer og tjenester',
  'forsyning-bygg-anlegg': 'Forsyningsforskriften: EØS-terskelverdi for bygge- og anleggskontrakter',
};

/** The order tables list the thresholds in: from the lowest rule to the sector rules. */
export const THRESHOLD_IDS = Object.keys(THRESHOLD_NAMES) as ThresholdId[];

const FOA_5_3 = 'anskaffelsesforskriften § 5-3';
const FORSYNING = 'forsyningsforskriften (EØS-terskelverdiene)';
const checked = THRESHOLDS_CHECKED;

const SOURCES = {
  veileder: {
    title: 'Veileder til reglene om offentlige anskaffelser, kapittel 5 (Nærings- og fiskeridepartementet)',
    url: 'https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/sec7',
  },
  dfo2024: {
    title: 'Nye EØS-terskelverdier for offentlige anskaffelser har trådt i kraft (anskaffelser.no, 20. mars 2024)',
    url: 'https://anskaffelser.no/nyhetsarkiv/nye-eos-terskelverdier-offentlige-anskaffelser-har-tradt-i-kraft',
  },
  ks2024: {
    title: 'Nye EØS-terskelverdier for 2024–2026 (KS Advokatene)',
    url: 'https://www.ks.no/ks-advokatene/nyheter/nye-eos-terskelverdier-for-2024-2026/',
  },
  ks2022: {
    title: 'Nye EØS-terskelverdier for 2022–2024 (KS Advokatene)',
    url: 'https://www.ks.no/ks-advokatene/nyheter/nye-eos-terskelverdier-for-2022-2024/',
  },
  gmco2022: {
    title: 'Nye EØS-terskelverdier fra 23. mars 2022 (GMCO)',
    url: 'https://gmco.no/nye-eos-terskelverdier-fra-23-mars-2022/',
  },
  svw2022: {
    title: 'Nye EØS-terskelverdier for kunngjøring av offentlige anskaffelser (Simonsen Vogt Wiig)',
    url: 'https://media.svw.no/innsikt/blog-post-title-four-8f4z6-yphtt-jnxx5',
  },
  dfo2020: {
    title: 'EØS-terskelverdiene er endret (anskaffelser.no, 26. februar 2020)',
    url: 'https://www.anskaffelser.no/nyhet/2020/02/eos-terskelverdiene-er-endret',
  },
  vaar2020: {
    title: 'Nye terskelverdier – 2020 (Vaar advokatfirma)',
    url: 'https://www.vaar.law/nye-terskelverdier-2020/',
  },
  prosjekt2018: {
    title: 'Nye terskelverdier gjeldende fra 06.04.2018 (prosjektanskaffelser.no)',
    url: 'https://prosjektanskaffelser.no/nye-terskelverdier-gjeldende-fra-06-04-2018/',
  },
  labnorge2018: {
    title: 'Nye terskelverdier (LabNorge, 2018)',
    url: 'https://labnorge.no/nyheter/nye-terskelverdier/',
  },
  baerum2017: {
    title: 'Nytt regelverk for anskaffelser (Bærum kommune, 2017)',
    url: 'https://www.baerum.kommune.no/aktuelt/nytt-regelverk-for-anskaffelser/',
  },
} as const satisfies Record<string, ThresholdSource>;

const REVISED_EVERY_TWO_YEARS =
  'EØS-terskelverdiene justeres annet hvert år. Ingen kilde oppgir når denne perioden slutter; kildene fra 2024 sier at verdiene gjelder for perioden 2024–2026. Vi fant ingen nyere verdier da vi sjekket.';

export const THRESHOLDS: readonly ThresholdPeriod[] = [
  {
    id: 'regelverkets-nedre-grense',
    amount: 100_000,
    legalSource: 'anskaffelsesloven § 2',
    validFrom: '2017-01-01',
    validTo: null,
    source: SOURCES.veileder,
    checked,
    note: 'Fra-datoen er fra Bærum kommunes omtale av regelverket som trådte i kraft 1. januar 2017. Regjeringen foreslo i Prop. 147 L (2024–2025) å heve grensen til 300 000 kroner (Wikborg Rein, https://www.wr.no/aktuelt/regjeringen-legger-frem-forslag-til-ny-anskaffelseslov). Vi har ikke kunnet bekrefte om endringen er vedtatt eller har trådt i kraft.',
  },
  {
    id: 'nasjonal',
    amount: 1_100_000,
    legalSource: 'anskaffelsesforskriften § 5-1',
    validFrom: '2017-01-01',
    validTo: '2018-04-05',
    source: SOURCES.baerum2017,
    checked,
    note: 'Regjeringens eldre veiledning om terskelverdier oppgir også 1,1 millioner kroner (https://www.regjeringen.no/no/tema/naringsliv/konkurransepolitikk/offentlige-anskaffelser-/andre-kolonne/terskelverdier/id2522847/).',
  },
  {
    id: 'nasjonal',
    amount: 1_300_000,
    legalSource: 'anskaffelsesforskriften § 5-1',
    validFrom: '2018-04-06',
    validTo: null,
    source: SOURCES.veileder,
    checked,
    note: 'Fra-datoen er fra prosjektanskaffelser.no (https://prosjektanskaffelser.no/nye-terskelverdier-gjeldende-fra-06-04-2018/). Da EØS-verdiene ble justert i 2024, skrev anskaffelser.no at den nasjonale terskelverdien forblir 1,3 millioner kroner. Veilederen nevner § 5-1 som bestemmelsen som deler forskriften etter verdi.',
  },
  {
    id: 'eos-statlig',
    amount: 1_300_000,
    legalSource: FOA_5_3,
    validFrom: '2018-04-06',
    validTo: '2022-03-22',
    source: SOURCES.labnorge2018,
    checked,
    note: 'LabNorge skriver at den nasjonale terskelverdien ble satt lik EØS-terskelverdien for statlige kontrakter; datoen er fra prosjektanskaffelser.no. Ved justeringen i 2020 forble verdien 1,3 millioner kroner (Vaar, https://www.vaar.law/nye-terskelverdier-2020/).',
  },
  {
    id: 'eos-statlig',
    amount: 1_400_000,
    legalSource: FOA_5_3,
    validFrom: '2022-03-23',
    validTo: '2024-03-13',
    source: SOURCES.gmco2022,
    checked,
  },
  {
    id: 'eos-statlig',
    amount: 1_490_000,
    legalSource: FOA_5_3,
    validFrom: '2024-03-14',
    validTo: null,
    revisionDue: '2026-03-14',
    source: SOURCES.dfo2024,
    checked,
    note: REVISED_EVERY_TWO_YEARS,
  },
  {
    id: 'eos-andre',
    amount: 1_750_000,
    legalSource: FOA_5_3,
    validFrom: '2017-01-01',
    validTo: '2018-04-05',
    source: SOURCES.baerum2017,
    checked,
  },
  {
    id: 'eos-andre',
    amount: 2_000_000,
    legalSource: FOA_5_3,
    validFrom: '2018-04-06',
    validTo: '2020-02-11',
    source: SOURCES.labnorge2018,
    checked,
    note: 'Datoen er fra prosjektanskaffelser.no.',
  },
  {
    id: 'eos-andre',
    amount: 2_050_000,
    legalSource: FOA_5_3,
    validFrom: '2020-02-12',
    validTo: '2022-03-22',
    source: SOURCES.dfo2020,
    checked,
    note: 'anskaffelser.no oppgir 12. februar 2020 som dato, VA-jus 13. februar 2020 (https://va-jus.no/liten-okning-i-eos-terskelverdiene-for-offentlige-anskaffelser/).',
  },
  {
    id: 'eos-andre',
    amount: 2_200_000,
    legalSource: FOA_5_3,
    validFrom: '2022-03-23',
    validTo: '2024-03-13',
    source: SOURCES.ks2022,
    checked,
    note: 'Kildene er uenige: KS oppgir 2,2 millioner kroner, GMCO 2,4 millioner (https://gmco.no/nye-eos-terskelverdier-fra-23-mars-2022/), og Kilde Advokatfirma skriver at verdien i 2024 økte «fra 2,21 mill.» (https://kildeboas.no/aktuelt/nye-e%C3%B8s-terskelverdier-i-norge-for-2024-2026). Datoen er fra GMCO.',
  },
  {
    id: 'eos-andre',
    amount: 2_300_000,
    legalSource: FOA_5_3,
    validFrom: '2024-03-14',
    validTo: null,
    revisionDue: '2026-03-14',
    source: SOURCES.dfo2024,
    checked,
    note: REVISED_EVERY_TWO_YEARS,
  },
  {
    id: 'eos-bygg-anlegg',
    amount: 44_000_000,
    legalSource: FOA_5_3,
    validFrom: '2017-01-01',
    validTo: '2018-04-05',
    source: SOURCES.baerum2017,
    checked,
  },
  {
    id: 'eos-bygg-anlegg',
    amount: 51_000_000,
    legalSource: FOA_5_3,
    validFrom: '2018-04-06',
    validTo: '2020-02-11',
    source: SOURCES.prosjekt2018,
    checked,
  },
  {
    id: 'eos-bygg-anlegg',
    amount: 51_500_000,
    legalSource: FOA_5_3,
    validFrom: '2020-02-12',
    validTo: '2022-03-22',
    source: SOURCES.dfo2020,
    checked,
    note: 'anskaffelser.no oppgir 12. februar 2020 som dato, VA-jus 13. februar 2020.',
  },
  {
    id: 'eos-bygg-anlegg',
    amount: 56_000_000,
    legalSource: FOA_5_3,
    validFrom: '2022-03-23',
    validTo: '2024-03-13',
    source: SOURCES.ks2022,
    checked,
    note: 'Datoen er fra GMCO (https://gmco.no/nye-eos-terskelverdier-fra-23-mars-2022/).',
  },
  {
    id: 'eos-bygg-anlegg',
    amount: 57_800_000,
    legalSource: FOA_5_3,
    validFrom: '2024-03-14',
    validTo: null,
    revisionDue: '2026-03-14',
    source: SOURCES.ks2024,
    checked,
    note: `Kildene er uenige: KS, Harris og Kilde Advokatfirma oppgir 57,8 millioner kroner, mens anskaffelser.no (https://anskaffelser.no/nyhetsarkiv/nye-eos-terskelverdier-offentlige-anskaffelser-har-tradt-i-kraft) oppgir 57,9 millioner. Vi bruker den laveste, slik at en verdi mellom de to regnes som over terskelen. Sjekk § 5-3 på Lovdata. ${REVISED_EVERY_TWO_YEARS}`,
  },
  {
    id: 'eos-saerlige-tjenester',
    amount: 7_200_000,
    legalSource: FOA_5_3,
    validFrom: '2020-02-12',
    validTo: '2022-03-22',
    source: SOURCES.dfo2020,
    checked,
    note: 'Tidligere verdi var 6,95 millioner kroner (anskaffelser.no); når den begynte å gjelde, oppgir ikke kilden.',
  },
  {
    id: 'eos-saerlige-tjenester',
    amount: 7_800_000,
    legalSource: FOA_5_3,
    validFrom: '2022-03-23',
    validTo: null,
    revisionDue: '2026-03-14',
    source: SOURCES.dfo2024,
    checked,
    note: `anskaffelser.no skrev i mars 2024 at verdien «forblir uendret på 7,8 millioner kroner». At den begynte å gjelde ved justeringen 23. mars 2022, er vår slutning; ingen kilde sier det direkte. ${REVISED_EVERY_TWO_YEARS}`,
  },
  {
    id: 'forsyning-varer-tjenester',
    amount: 4_500_000,
    legalSource: FORSYNING,
    validFrom: '2022-03-23',
    validTo: '2024-03-13',
    source: SOURCES.svw2022,
    checked,
    note: 'Tidligere verdi var 4,1 millioner kroner (KS, 2022); når den begynte å gjelde, oppgir ikke kilden.',
  },
  {
    id: 'forsyning-varer-tjenester',
    amount: 4_600_000,
    legalSource: FORSYNING,
    validFrom: '2024-03-14',
    validTo: null,
    revisionDue: '2026-03-14',
    source: SOURCES.dfo2024,
    checked,
    note: `Kildene oppgir ikke paragrafnummeret i forsyningsforskriften. ${REVISED_EVERY_TWO_YEARS}`,
  },
  {
    id: 'forsyning-bygg-anlegg',
    amount: 56_000_000,
    legalSource: FORSYNING,
    validFrom: '2022-03-23',
    validTo: '2024-03-13',
    source: SOURCES.svw2022,
    checked,
    note: 'Tidligere verdi var 51,5 millioner kroner (KS, 2022).',
  },
  {
    id: 'forsyning-bygg-anlegg',
    amount: 57_800_000,
    legalSource: FORSYNING,
    validFrom: '2024-03-14',
    validTo: null,
    revisionDue: '2026-03-14',
    source: SOURCES.dfo2024,
    checked,
    note: `Kildene oppgir ikke paragrafnummeret i forsyningsforskriften. ${REVISED_EVERY_TWO_YEARS}`,
  },
];

/**
 * The functions below read `THRESHOLDS` unless given another table, so tests and
 * callers can judge a history that has ended without editing the data.
 */
type Table = readonly ThresholdPeriod[];

/** Every period of one threshold, oldest first; an unknown id throws, so a typo fails the build. */
export function thresholdPeriods(id: string, table: Table = THRESHOLDS): ThresholdPeriod[] {
  const periods = table.filter((t) => t.id === id).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  if (periods.length === 0)
    throw new Error(`Ukjent terskelverdi «${id}». Kjente terskelverdier: ${THRESHOLD_IDS.join(', ')}`);
  return periods;
}

/** The period in force on `date` (ÅÅÅÅ-MM-DD; both ends count), or undefined when none is known. */
export function thresholdAt(id: ThresholdId, date: string, table: Table = THRESHOLDS): ThresholdPeriod | undefined {
  return thresholdPeriods(id, table).find((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo));
}

export function newestThreshold(id: ThresholdId, table: Table = THRESHOLDS): ThresholdPeriod {
  return thresholdPeriods(id, table).at(-1)!;
}

/** Whether the newest period we know of had ended by `date`: the value shown may no longer apply. */
export function newestPeriodEnded(id: ThresholdId, date: string, table: Table = THRESHOLDS): boolean {
  const end = newestThreshold(id, table).validTo;
  return end !== null && end < date;
}

/**
 * - `current`: in force, as far as the sources say;
 * - `revision-due`: in force with no end date, but the regular revision was due by `date`;
 * - `ended`: the newest known period ended before `date`.
 */
export type ThresholdStatus = 'current' | 'revision-due' | 'ended';

export type ThresholdState = {period: ThresholdPeriod; status: ThresholdStatus};

/** The value to show on `date` (the newest, when none is in force) and whether it may be out of date. */
export function thresholdState(id: ThresholdId, date: string, table: Table = THRESHOLDS): ThresholdState {
  const newest = newestThreshold(id, table);
  const period = thresholdAt(id, date, table) ?? newest;
  if (newestPeriodEnded(id, date, table)) return {period, status: 'ended'};
  const due = period === newest && period.revisionDue !== undefined && period.revisionDue <= date;
  return {period, status: due ? 'revision-due' : 'current'};
}
