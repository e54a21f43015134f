/**
 * Every numeric finding of «Kartlegging av innkjøpssamarbeid i offentlig sektor»
 * (KPMG for Difi, 2018) that the report's text states. Charts in the report whose
 * values are not written out in the text carry only the values the text gives,
 * and say so in `unstated`. Nothing here is estimated or read off a chart.
 *
 * Pages show these by id (<Finding/>, <SurveyChart/>, <FindingValue/>) and never
 * retype the numbers; tests check every number against the report text.
 */

/**
 * Respondent groups. The report merges county municipalities into the municipal
 * group because only 3 of them answered («Metode og begrensninger»).
 */
export type Group = 'alle' | 'kommune' | 'stat';

export const GROUP_LABELS: Record<Group, string> = {
  alle: 'Alle',
  kommune: 'Kommunal sektor',
  stat: 'Statlig sektor',
};

export type Unit = 'prosent' | 'antall';

export type SurveyValue = {
  /** Key into the finding's `categories`, when the finding has several answer categories. */
  category?: string;
  group: Group;
  value: number;
  /** The whole the value is part of, when the report states it ("365 av 426"). */
  of?: number;
};

export type SurveySource = {
  /** Figure number in the report, when the number belongs to a figure. */
  figure?: number;
  /** Heading in the report where the number is stated. */
  section: string;
};

export type SurveyFinding = {
  id: string;
  /** Short Norwegian label: what the number counts. */
  label: string;
  /** Heading for charts and tables of a finding with several values. */
  title?: string;
  /** One sentence of context, in Norwegian, written for the portal. */
  context: string;
  unit: Unit;
  /** Category key → Norwegian label, in the order charts and tables show them. */
  categories?: Readonly<Record<string, string>>;
  values: readonly SurveyValue[];
  /** Respondents behind the figure, where the report states it. */
  n?: number;
  source: SurveySource;
  /** What the report's text leaves out, said openly instead of guessed. */
  unstated?: string;
};

/** Titles of the report's figures, as the report gives them, so a reader can find each one. */
export const FIGURE_TITLES: Readonly<Record<number, string>> = {
  1: 'Antall registrerte innkjøpsnettverk', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
  8: 'Antall respondenter som kan tenke seg å ta del i samarbeid',
  10: 'Kategorier hvor innkjøp blir utført gjennom innkjøpsnettverk/-samarbeid', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
  11: 'Oppgaver samarbeidet utfører for virksomhetene',
  12: 'Hvilke styrker som oppleves med innkjøpssamarbeid',
  13: 'Hvilke svakheter som oppleves med innkjøpssamarbeid',
  14: 'I hvilken grad innkjøpssamarbeidet gir bedre varer og tjenester',
  15: 'I hvilken grad virksomheter er forpliktet til å benytte seg av avtaler inngått i samarbeidet',
  16: 'I hvilken grad avtalene i innkjøpsnettverkene/-samarbeidene brukes i praksis', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
  17: 'Hvorvidt innkjøpssamarbeidene er formelle eller uformelle',
  18: 'Bemanning av innkjøpssamarbeid',
  19: 'Hvilken kompetanse bidrar innkjøpsnettverk/-samarbeid med', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
  20: 'Finansiering av innkjøpsnettverkene', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
  21: 'I hvilken grad innkjøpsnettverkene/-samarbeidene tilrettelegger for å realisere kostnadsbesparelser', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
  22: 'Hvorvidt virksomheten eller innkjøpsnettverket/-samarbeidet har dokumentert kostnadsbesparelser', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
  23: 'I hvilken grad samarbeidet er nyttig for å øke kvaliteten',
};

const METHOD = 'Metode og begrensninger';
const SUMMARY = 'Sammendrag';
const SURVEY = 'Funn fra spørreundersøkelse';
const UNSTATED_OTHER_ANSWERS = 'Rapportteksten oppgir ikke tallene for de andre svaralternativene i figuren.';
/** From figure 10 on, the 131 respondents who take part in a cooperation are the sample («Metode og begrensninger»). */
const N_MEMBERS = 131;

const FINDINGS = [
  // --- Method and sample -------------------------------------------------
  {
    id: 'postmottak-kontaktet',
    label: 'sentrale postmottak fikk e-post fra Difi',
    context:
      'Postmottakene i kommuner, fylkeskommuner og statlige virksomheter ble bedt om å oppgi en kontaktperson for innkjøp.',
    unit: 'antall',
    values: [{group: 'alle', value: 675}],
    source: {section: METHOD},
  },
  {
    id: 'kontaktpersoner',
    label: 'postmottak oppga en kontaktperson',
    context: 'Alle kontaktpersonene fikk spørreundersøkelsen.',
    unit: 'antall',
    values: [{group: 'alle', value: 293, of: 675}],
    source: {section: METHOD},
  },
  {
    id: 'respondenter',
    label: 'respondenter svarte på spørreundersøkelsen',
    context: 'Spørreskjemaet hadde 25 spørsmål for deltakere i samarbeid og 8 for andre.',
    unit: 'antall',
    values: [{group: 'alle', value: 143}],
    source: {section: METHOD},
  },
  {
    id: 'svarprosent',
    label: 'svarprosent i spørreundersøkelsen',
    context: 'Svarene er langt færre enn antallet postmottak som ble kontaktet, så noen samarbeid kan være oversett.',
    unit: 'prosent',
    values: [{group: 'alle', value: 21}],
    source: {section: METHOD},
  },
  {
    id: 'respondenter-i-samarbeid',
    label: 'respondenter deltar i et innkjøpssamarbeid',
    context: 'Fra figur 10 og utover er det disse som er utvalget i analysen.',
    unit: 'antall',
    values: [{group: 'alle', value: 131, of: 143}],
    source: {section: METHOD},
  },
  {
    id: 'respondenter-per-sektor',
    title: 'Respondenter i samarbeid etter sektor',
    label: 'respondenter i samarbeid, etter sektor',
    context:
      'Rapporten oppgir hvor mange av respondentene i samarbeid som kommer fra kommunale og statlige virksomheter.',
    unit: 'antall',
    values: [
      {group: 'kommune', value: 82},
      {group: 'stat', value: 29},
    ],
    source: {section: METHOD},
    unstated: 'De to tallene summerer til 111, ikke 131; rapporten forklarer ikke differansen.',
  },
  {
    id: 'fylkeskommuner-svarte',
    label: 'fylkeskommuner svarte på spørreundersøkelsen',
    context: 'Derfor er fylkeskommunene slått sammen med kommunene i analysen.',
    unit: 'antall',
    values: [{group: 'alle', value: 3}],
    source: {section: METHOD},
  },
  {
    id: 'intervjuer',
    title: 'Intervjuer i kartleggingen',
    label: 'dybdeintervjuer og kortere samtaler',
    context:
      'Intervjuene tok 20–45 minutter, foregikk på telefon og ble gjort med personer som allerede hadde svart på undersøkelsen.',
    unit: 'antall',
    categories: {dybdeintervju: 'Dybdeintervjuer', samtale: 'Kortere samtaler'},
    values: [
      {category: 'dybdeintervju', group: 'alle', value: 10},
      {category: 'samtale', group: 'alle', value: 2},
    ],
    source: {section: METHOD},
  },
  {
    id: 'statlige-funnet-pa-nett',
    label: 'statlige innkjøpssamarbeid ble funnet bare gjennom søk på internett',
    context: 'De kom verken fram i spørreundersøkelsen eller i intervjuene.',
    unit: 'antall',
    values: [{group: 'alle', value: 12}],
    source: {section: METHOD},
  },

  // --- Who takes part ----------------------------------------------------
  {
    id: 'samarbeid-kartlagt',
    label: 'innkjøpssamarbeid kartlagt',
    context: 'Samarbeidene ble funnet gjennom spørreundersøkelse, dybdeintervjuer og søk på internett.',
    unit: 'antall',
    values: [{group: 'alle', value: 96}],
    source: {section: SUMMARY},
  },
  {
    id: 'samarbeid-per-sektor',
    title: 'Kartlagte innkjøpssamarbeid etter sektor',
    label: 'kartlagte innkjøpssamarbeid etter sektor',
    context: 'Statlige samarbeid er ofte knyttet til én sektor, for eksempel helse, utdanning eller kraft.',
    unit: 'antall',
    categories: {kommunal: 'Kommunal og fylkeskommunal sektor', statlig: 'Statlig sektor'},
    values: [
      {category: 'kommunal', group: 'alle', value: 74},
      {category: 'statlig', group: 'alle', value: 22},
    ],
    source: {section: SUMMARY},
  },
  {
    id: 'samarbeid-sammensetning',
    title: 'Innkjøpssamarbeid etter hvem som er med (Sammendrag)',
    label: 'innkjøpssamarbeid etter hvem som er med',
    context: 'Rene kommunale samarbeid og samarbeid mellom kommuner og fylkeskommuner er de vanligste.',
    unit: 'antall',
    categories: {
      kommuner: 'Bare kommuner',
      fylkeskommuner: 'Bare fylkeskommuner',
      'kommuner-fylkeskommuner': 'Kommuner og fylkeskommuner',
      'kommuner-stat': 'Kommuner og statlige virksomheter',
      'kommuner-fylkeskommuner-stat': 'Kommuner, fylkeskommuner og statlige virksomheter',
      'fylkeskommuner-stat': 'Fylkeskommuner og statlige virksomheter',
    },
    values: [
      {category: 'kommuner', group: 'alle', value: 46},
      {category: 'fylkeskommuner', group: 'alle', value: 1},
      {category: 'kommuner-fylkeskommuner', group: 'alle', value: 17},
      {category: 'kommuner-stat', group: 'alle', value: 2},
      {category: 'kommuner-fylkeskommuner-stat', group: 'alle', value: 4},
      {category: 'fylkeskommuner-stat', group: 'alle', value: 1},
    ],
    source: {section: SUMMARY},
    unstated:
      'Tallene summerer til 71, mens rapporten oppgir 74 samarbeid i kommunal og fylkeskommunal sektor. Vedlegg 2 fordeler samarbeidene noe annerledes, se katalogen over samarbeid.',
  },
  {
    id: 'kommuner-i-samarbeid',
    label: 'kommuner deltar i minst ett innkjøpssamarbeid',
    context: 'Alle fylkeskommunene er også med. Tallet bygger på kommuneinndelingen i 2017.',
    unit: 'antall',
    values: [{group: 'alle', value: 365, of: 426}],
    source: {section: SUMMARY},
  },
  {
    id: 'kommuner-utenfor',
    label: 'kommuner var ikke med i noe kartlagt innkjøpssamarbeid',
    context:
      'Kartleggingen fikk ikke full oversikt over medlemmene, så andelen kommuner i samarbeid kan være noe høyere.',
    unit: 'antall',
    values: [{group: 'alle', value: 61, of: 426}],
    source: {section: 'I overkant av 85% av kommuner deltar i innkjøpssamarbeid'},
  },
  {
    id: 'respondenter-utenfor-samarbeid',
    title: 'Respondenter som ikke er med i et innkjøpssamarbeid',
    label: 'av respondentene er ikke med i et innkjøpssamarbeid',
    context: 'Noen statlige virksomheter som svarte nei, handlet likevel gjennom Statens innkjøpssenter.',
    unit: 'prosent',
    values: [
      {group: 'alle', value: 8},
      {group: 'kommune', value: 5},
      {group: 'stat', value: 14},
    ],
    n: 143,
    source: {section: 'De fleste virksomheter tar del i et innkjøpssamarbeid'},
  },
  {
    id: 'vil-delta',
    title: 'Respondenter utenfor samarbeid som vil bli med',
    label: 'av respondentene utenfor samarbeid vil gjerne bli med',
    context:
      'Samarbeid var mest aktuelt for kontor og administrasjon, IKT, persontransport/reise og kompetanse og personal.',
    unit: 'antall',
    categories: {ja: 'Ja', nei: 'Nei'},
    values: [
      {category: 'ja', group: 'alle', value: 8, of: 12},
      {category: 'nei', group: 'alle', value: 1, of: 12},
    ],
    n: 12,
    source: {figure: 8, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke hvor mange som svarte «usikker».',
  },

  // --- What cooperations do ----------------------------------------------
  {
    id: 'kategorier',
    title: 'Kategorier der innkjøp gjøres gjennom samarbeid',
    label: 'gjør innkjøp i kategorien gjennom samarbeid',
    context: 'Kontor og administrasjon og IKT er kategoriene der flest kjøper gjennom samarbeid.',
    unit: 'prosent',
    categories: {'kontor-og-administrasjon': 'Kontor og administrasjon', ikt: 'IKT'},
    values: [
      {category: 'kontor-og-administrasjon', group: 'alle', value: 78},
      {category: 'ikt', group: 'alle', value: 69},
    ],
    n: N_MEMBERS,
    source: {figure: 10, section: SURVEY},
    unstated:
      'Rapportteksten oppgir ikke tall for de seks andre kategoriene (bygg og anlegg, diverse fremmede tjenester, eiendom, frakt og annen transport, kompetanse og personal, persontransport/reise) eller per sektor.',
  },
  {
    id: 'kurs-og-kompetanse',
    title: 'Samarbeidet bistår i stor grad med kurs og kompetansetiltak',
    label: 'sier samarbeidet i stor grad bistår med kurs og kompetansehevende tiltak',
    context:
      'De fleste samarbeid hjelper også med å planlegge anskaffelser, gjennomføre konkurranser og følge opp kontrakter.',
    unit: 'prosent',
    values: [
      {group: 'kommune', value: 59},
      {group: 'stat', value: 37},
    ],
    n: N_MEMBERS,
    source: {figure: 11, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke tall for de andre oppgavene i figuren.',
  },
  {
    id: 'bemanning',
    title: 'Slik er samarbeidene bemannet',
    label: 'er med i samarbeid bemannet slik',
    context: 'I kommunale samarbeid er det ofte vertskommunen som har ansatte som gjør fellesoppgavene.',
    unit: 'prosent',
    categories: {
      'egne-ansatte': 'Samarbeidet har egne ansatte',
      'utlante-ansatte': 'Medlemmenes ansatte lånes ut eller frigis',
    },
    values: [
      {category: 'egne-ansatte', group: 'alle', value: 56},
      {category: 'utlante-ansatte', group: 'alle', value: 11},
    ],
    n: N_MEMBERS,
    source: {figure: 18, section: SURVEY},
    unstated:
      'Rapportteksten oppgir ikke andelen med en kombinasjon av medlemmenes og samarbeidets ansatte, og heller ikke tall per sektor.',
  },

  // --- Strengths and weaknesses -----------------------------------------
  {
    id: 'styrker',
    title: 'Styrker ved innkjøpssamarbeid',
    label: 'opplever dette som en styrke ved samarbeidet',
    context: 'Større innkjøpsmakt og dermed bedre betingelser er den viktigste styrken for begge sektorer.',
    unit: 'prosent',
    categories: {
      'kompetent-miljo-og-avlastning': 'Kompetent fagmiljø og avlastning ved avtaler',
      'stotte-i-driften': 'Økt støtte i den daglige driften',
    },
    values: [
      {category: 'kompetent-miljo-og-avlastning', group: 'kommune', value: 84},
      {category: 'stotte-i-driften', group: 'kommune', value: 70},
      {category: 'stotte-i-driften', group: 'stat', value: 16},
    ],
    n: N_MEMBERS,
    source: {figure: 12, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke tallet for innkjøpsmakt eller tall for de andre styrkene i figuren.',
  },
  {
    id: 'svakheter',
    title: 'Svakheter ved innkjøpssamarbeid',
    label: 'opplever dette som en svakhet ved samarbeidet',
    context: 'Kommunene peker på svak forankring og ressursmangel, staten på svak kommunikasjon.',
    unit: 'prosent',
    categories: {
      forankring: 'Svak forankring i egen virksomhet',
      ressursmangel: 'Ressursmangel i innkjøpsnettverket', // terminologi-sitat: innkjøpsnettverk (rapportens egen ordlyd)
      kommunikasjon: 'Svak kommunikasjon fra nettverket',
      behov: 'Manglende forståelse for virksomhetens behov',
    },
    values: [
      {category: 'forankring', group: 'kommune', value: 37},
      {category: 'ressursmangel', group: 'kommune', value: 34},
      {category: 'kommunikasjon', group: 'stat', value: 31},
      {category: 'behov', group: 'kommune', value: 27},
      {category: 'behov', group: 'stat', value: 29},
    ],
    n: N_MEMBERS,
    source: {figure: 13, section: SURVEY},
    unstated: UNSTATED_OTHER_ANSWERS + ' For hver svakhet er bare de sektorene rapporten nevner, tatt med.',
  },

  // --- Benefits -----------------------------------------------------------
  {
    id: 'bedre-behovsdekning',
    label: 'mener samarbeidet gir bedre behovsdekning',
    context: 'De fleste mener samarbeidet først og fremst gir mer kostnadseffektive anskaffelser.',
    unit: 'prosent',
    values: [{group: 'alle', value: 40}],
    n: N_MEMBERS,
    source: {figure: 14, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke andelen for kostnadseffektive, innovative eller bærekraftige anskaffelser.',
  },

  // --- Obligation and use ------------------------------------------------
  {
    id: 'forpliktet',
    label: 'er forpliktet til å bruke avtalene samarbeidet inngår',
    context: 'Andelen som er forpliktet, er høyere blant kommunene enn blant de statlige virksomhetene.',
    unit: 'prosent',
    values: [{group: 'alle', value: 69}],
    n: N_MEMBERS,
    source: {figure: 15, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke andelen forpliktede per sektor.',
  },
  {
    id: 'forpliktelse-per-sektor',
    title: 'Plikt til å bruke avtalene, etter sektor',
    label: 'svarte slik om plikten til å bruke avtalene',
    context: 'Flere kommuner enn statlige virksomheter bruker avtalene helt frivillig.',
    unit: 'prosent',
    categories: {frivillig: 'I liten grad forpliktet (helt frivillig)', 'av-og-til': 'Av og til'},
    values: [
      {category: 'frivillig', group: 'kommune', value: 18},
      {category: 'frivillig', group: 'stat', value: 10},
      {category: 'av-og-til', group: 'stat', value: 14},
    ],
    n: N_MEMBERS,
    source: {figure: 15, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke andelen kommuner som svarte «av og til».',
  },
  {
    id: 'bruk-av-avtaler',
    title: 'Bruker avtalene bare av og til',
    label: 'bruker avtalene bare av og til',
    context: 'De fleste bruker avtalene i stor grad, og de fleste er forpliktet til det.',
    unit: 'prosent',
    values: [
      {group: 'kommune', value: 6},
      {group: 'stat', value: 12},
    ],
    n: N_MEMBERS,
    source: {figure: 16, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke andelen som bruker avtalene i stor grad.',
  },
  {
    id: 'statlige-vil-bruke-rammeavtaler',
    label: 'av de statlige virksomhetene sier de kommer til å bruke rammeavtalene som inngås',
    context: 'Rapporten nevner tallet uten å forklare det nærmere.',
    unit: 'prosent',
    values: [{group: 'stat', value: 2}],
    n: N_MEMBERS,
    source: {figure: 16, section: SURVEY},
  },

  // --- Competence --------------------------------------------------------
  {
    id: 'kompetanse-regelverk',
    label: 'sier samarbeidet har innsikt i regelverk og bestemmelser',
    context:
      'Flere kommuner enn statlige virksomheter sier samarbeidet gir kompetanse om regelverk, marked, prosesser og maler.',
    unit: 'prosent',
    values: [{group: 'alle', value: 89}],
    n: N_MEMBERS,
    source: {figure: 19, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke tall for de andre kompetanseområdene i figuren.',
  },

  // --- Funding -------------------------------------------------------------
  {
    id: 'gratis-samarbeid',
    title: 'Samarbeid som er gratis for medlemmene',
    label: 'sier samarbeidet er gratis for medlemmene',
    context:
      'Gratis betyr at medlemmene ikke betaler kontingent, provisjon eller lignende direkte til samarbeidet; i staten henger det sammen med Statens innkjøpssenter.',
    unit: 'prosent',
    values: [
      {group: 'kommune', value: 23},
      {group: 'stat', value: 80},
    ],
    n: N_MEMBERS,
    source: {figure: 20, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke andelene for provisjon av avrop, kontingent eller fremforhandlet pris.',
  },

  // --- Savings -------------------------------------------------------------
  {
    id: 'tilrettelegger-besparelser',
    title: 'Legger samarbeidet til rette for kostnadsbesparelser?',
    label: 'svarte slik på om samarbeidet legger til rette for å realisere kostnadsbesparelser',
    context: 'Større kommuner, som allerede står for mye av volumet, ser minst gevinst.',
    unit: 'prosent',
    categories: {
      'stor-grad': 'I stor grad',
      'verken-eller': 'Verken eller',
      'liten-grad': 'I liten eller svært liten grad',
    },
    values: [
      {category: 'stor-grad', group: 'alle', value: 40},
      {category: 'stor-grad', group: 'kommune', value: 43},
      {category: 'verken-eller', group: 'alle', value: 32},
      {category: 'liten-grad', group: 'kommune', value: 23},
    ],
    n: N_MEMBERS,
    source: {figure: 21, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke tallene for statlige virksomheter eller for «i liten grad» samlet.',
  },
  {
    id: 'dokumenterte-besparelser',
    label: 'har dokumenterte kostnadsbesparelser',
    context: 'Besparelser er det flest trekker fram som viktigst, men få kan vise til dem.',
    unit: 'prosent',
    values: [{group: 'alle', value: 15}],
    n: N_MEMBERS,
    source: {figure: 22, section: SURVEY},
  },
  {
    id: 'dokumentasjon-av-besparelser',
    title: 'Er besparelsene dokumentert?',
    label: 'svarte slik på om besparelser er dokumentert',
    context: 'Andelen med dokumenterte besparelser er noe høyere i kommunene enn i staten.',
    unit: 'prosent',
    categories: {'stor-grad': 'I stor grad', 'verken-eller': 'Verken eller', 'liten-grad': 'I liten grad'},
    values: [
      {category: 'stor-grad', group: 'alle', value: 15},
      {category: 'verken-eller', group: 'stat', value: 47},
      {category: 'liten-grad', group: 'alle', value: 30},
    ],
    n: N_MEMBERS,
    source: {figure: 22, section: SURVEY},
    unstated:
      'Rapportteksten oppgir ikke andelen «verken eller» samlet eller for kommunene, og ikke tall per sektor for «i stor grad».',
  },

  // --- Quality -------------------------------------------------------------
  {
    id: 'kvalitet',
    title: 'Øker samarbeidet kvaliteten?',
    label: 'svarte slik på om samarbeidet øker kvaliteten',
    context: 'Kvaliteten blir bedre fordi avtalene inngås på bedre premisser og i tråd med regelverket.',
    unit: 'prosent',
    categories: {
      'svaert-stor-grad': 'I svært stor grad',
      'stor-grad': 'I stor grad',
      'stor-eller-svaert-stor': 'I stor eller svært stor grad',
      'svaert-liten-grad': 'I svært liten grad',
    },
    values: [
      {category: 'svaert-stor-grad', group: 'alle', value: 18},
      {category: 'stor-grad', group: 'alle', value: 55},
      {category: 'stor-eller-svaert-stor', group: 'kommune', value: 82},
      {category: 'stor-eller-svaert-stor', group: 'stat', value: 59},
      {category: 'svaert-liten-grad', group: 'kommune', value: 9},
      {category: 'svaert-liten-grad', group: 'stat', value: 20},
    ],
    n: N_MEMBERS,
    source: {figure: 23, section: SURVEY},
    unstated: 'Rapportteksten oppgir ikke tallene for «verken eller» og «i liten grad».',
  },
] as const satisfies readonly SurveyFinding[];

export type SurveyFindingId = (typeof FINDINGS)[number]['id'];

export const SURVEY_FINDINGS: readonly (SurveyFinding & {id: SurveyFindingId})[] = FINDINGS;

export function getFinding(id: string): SurveyFinding {
  const finding = SURVEY_FINDINGS.find((f) => f.id === id);
  if (!finding) throw new Error(`Ukjent funn «${id}». Kjente funn: ${SURVEY_FINDINGS.map((f) => f.id).join(', ')}`);
  return finding;
}
