/**
 * The KPIs (nøkkeltall) the portal recommends, defined once. The mandate, the benefits phase, the guide to
 * measuring savings, the KPI lesson and the category guides show them by id (<KpiTable/>, <KpiName/>), so a
 * member measures agreement loyalty the same way whichever page it read.
 *
 * The 2018 report asks for KPIs but defines none (Vedlegg 3, «Inkludere KPIer i strategien»): every
 * definition here is the portal's own, and `source` says so and names the passage of the report behind it.
 */

export type KpiSource =
  /** The report defines the KPI; `reference` is where («Kartleggingen 2018, …»). */
  | {definedBy: 'report'; reference: string}
  /** The portal defines the KPI; `basis` is the passage of the report that calls for it. */
  | {definedBy: 'portal'; basis: string};

export type Kpi = {
  id: string;
  name: string;
  /** What the KPI tells, in one or two sentences. */
  definition: string;
  /** The calculation in words, with its parts named so two members get the same number. */
  formula: string;
  unit: string;
  /** How credit notes (kreditnotaer) count, following CREDIT_NOTE_RULE. */
  creditNotes: string;
  dataSource: string;
  frequency: string;
  /** Who delivers the figures, as the mandate assigns it. */
  reportedBy: string;
  source: KpiSource;
};

/**
 * One rule for credit notes on every page: a credit note reduces the purchase it corrects, so spend is always
 * counted net; it never adds to a saving, because savings are already counted at the agreed price; the amount
 * credited after a price deviation is reported on its own, as an avoided cost.
 */
export const CREDIT_NOTE_RULE =
  'En kreditnota trekkes fra kjøpet den retter, så alle beløp regnes netto, ekskl. mva. Den legges aldri til en besparelse, fordi besparelsen allerede er regnet med avtalt pris. Beløpet som krediteres etter et prisavvik, rapporteres for seg som en unngått kostnad.';

const STRATEGY_MEASURES = 'Kartleggingen 2018, Vedlegg 3 (Inkludere KPIer i strategien for å måle kostnadsbesparelser)';

export const KPIS: readonly Kpi[] = [
  {
    id: 'andel-under-avtale',
    name: 'Andel av innkjøp under avtale',
    definition:
      'Hvor stor del av medlemmenes kjøp som går til leverandører med en gjeldende avtale gjennom samarbeidet. Et lavt tall kan bety at det trengs flere avtaler.',
    formula: 'Kjøp fra avtaleleverandørene delt på alle kjøp i samme periode, ganget med 100.',
    unit: 'Prosent',
    creditNotes:
      'Kreditnotaer trekkes fra kjøpet de gjelder, både over og under brøkstreken, slik at tallet regnes på nettobeløp ekskl. mva.',
    dataSource: 'Medlemmenes regnskap eller leverandørreskontro, koblet mot avtaleoversikten',
    frequency: 'Hvert halvår eller hvert år',
    reportedBy: 'Medlemmet, fra regnskapet',
    source: {definedBy: 'portal', basis: STRATEGY_MEASURES},
  },
  {
    id: 'avtalelojalitet',
    name: 'Avtalelojalitet',
    definition:
      'Hvor stor del av kjøpene av det en avtale dekker, som gjøres på avtalen. Et lavt tall betyr at medlemmene kjøper det avtalen dekker, hos andre leverandører.',
    formula: 'Kjøp på avtalen delt på alle kjøp av det avtalen dekker i samme periode, ganget med 100.',
    unit: 'Prosent',
    creditNotes:
      'Kreditnotaer trekkes fra kjøpet de gjelder, både over og under brøkstreken, slik at tallet regnes på nettobeløp ekskl. mva.',
    dataSource: 'E-handelssystemet, leverandørens salgsstatistikk og medlemmenes leverandørreskontro',
    frequency: 'Hvert kvartal for de største avtalene',
    reportedBy: 'Medlemmet',
    source: {
      definedBy: 'portal',
      basis:
        'Kartleggingen 2018, Sammendrag og figur 22 (lav avtalelojalitet og for lite tid til å følge den opp), og Vedlegg 3',
    },
  },
  {
    id: 'realisert-mot-estimert-besparelse',
    name: 'Realisert mot estimert besparelse',
    definition: 'Om besparelsen som ble anslått ved tildelingen, blir tatt ut når avtalen er i bruk.',
    formula:
      'Realisert besparelse, det vil si gammel pris minus avtalt pris ganget med det faktiske volumet kjøpt på avtalen, delt på besparelsen som ble anslått ved tildelingen, ganget med 100.',
    unit: 'Prosent, med begge beløpene i kroner',
    creditNotes:
      'Kreditnotaer legges ikke til den realiserte besparelsen, fordi den allerede er regnet med avtalt pris. Beløpet som krediteres etter et prisavvik, rapporteres for seg som en unngått kostnad.',
    dataSource: 'Beregningen fra tildelingen og faktiske kjøpsdata fra avtaleperioden',
    frequency: 'Hvert år for hver avtale',
    reportedBy: 'Samarbeidet',
    source: {definedBy: 'portal', basis: STRATEGY_MEASURES},
  },
  {
    id: 'prisavvik',
    name: 'Prisavvik funnet i kontrollen',
    definition: 'Hvor ofte fakturert pris ikke stemmer med avtalt pris, og hvor mye feilene utgjør.',
    formula:
      'Kontrollerte fakturalinjer med feil pris delt på alle kontrollerte fakturalinjer, ganget med 100, sammen med feilbeløpet: fakturert pris minus avtalt pris, ganget med mengden, summert for alle linjene med feil.',
    unit: 'Prosent og kroner',
    creditNotes:
      'En linje med feil pris teller som avvik også når leverandøren har sendt kreditnota for den. Beløpet på kreditnotaene rapporteres ved siden av feilbeløpet, som en unngått kostnad, og det som ikke er kreditert ennå, står som utestående.',
    dataSource: 'Stikkprøvene i priskontrollen og avviksregisteret',
    frequency: 'Ved hver kontroll, samlet hvert kvartal',
    reportedBy: 'Samarbeidet, med stikkprøver fra medlemmene',
    source: {
      definedBy: 'portal',
      basis:
        'Kartleggingen 2018, Vedlegg 3, tiltak knyttet til organisering (grundigere oppfølging av prisene leverandørene bruker)',
    },
  },
  {
    id: 'avvik-meldt-og-lukket',
    name: 'Avvik meldt og lukket',
    definition: 'Om avvik fra avtalen blir fulgt opp til de er løst, og hvor lang tid det tar.',
    formula:
      'Lukkede avvik delt på meldte avvik i perioden, ganget med 100, sammen med antall meldte avvik og antall dager fra et avvik ble meldt til det ble lukket.',
    unit: 'Prosent, antall og dager',
    creditNotes:
      'Et prisavvik er lukket først når medlemmet har bekreftet at kreditnotaen er mottatt og at neste faktura har riktig pris. Et løfte om kreditnota lukker ikke avviket.',
    dataSource: 'Avviksregisteret, ført med malen for avviksrapport',
    frequency: 'Hver måned eller hvert kvartal',
    reportedBy: 'Samarbeidet, fra avviksregisteret',
    source: {definedBy: 'portal', basis: STRATEGY_MEASURES},
  },
  {
    id: 'leveranseevne',
    name: 'Leverandørens leveranseevne',
    definition: 'Om leverandøren leverer som avtalt: til avtalt tid, i avtalt kvalitet og med avtalt service.',
    formula:
      'Leveranser til avtalt tid og i avtalt kvalitet delt på alle leveranser i perioden, ganget med 100, sammen med medlemmenes vurdering av leverandøren.',
    unit: 'Prosent',
    creditNotes:
      'En kreditnota for en mangelfull leveranse gjør ikke leveransen til en som var i orden: den teller fortsatt som levert utenfor det avtalte.',
    dataSource: 'Leverandørens rapporter, avviksregisteret og korte spørsmål til medlemmene',
    frequency: 'Før hvert oppfølgingsmøte med leverandøren',
    reportedBy: 'Medlemmet og samarbeidet',
    source: {
      definedBy: 'portal',
      basis: 'Kartleggingen 2018, Sammendrag (svak oppfølging av avtalene gjør det vanskelig å ta ut gevinstene)',
    },
  },
  {
    id: 'lisensbruk',
    name: 'Lisensbruk',
    definition:
      'Hvor mange av lisensene samarbeidet og medlemmene betaler for, som faktisk er i bruk. Gjelder avtaler om programvare og skytjenester.',
    formula: 'Lisenser i bruk delt på lisenser det betales for, på samme dato, ganget med 100.',
    unit: 'Prosent',
    creditNotes:
      'Tallet regnes på antall lisenser, ikke kroner, så en kreditnota endrer det ikke. En kreditnota for lisenser som er fakturert for mange, føres som et prisavvik.',
    dataSource: 'Rapporter fra lisensportalen eller leverandøren',
    frequency: 'Før lisensantallet justeres, og minst hvert år',
    reportedBy: 'Samarbeidet, fra leverandørens lisensrapport',
    source: {definedBy: 'portal', basis: STRATEGY_MEASURES},
  },
];

/** The KPI with this id; an unknown id is an editor's typo and stops the build with the id named. */
export function getKpi(id: string): Kpi {
  const kpi = KPIS.find((candidate) => candidate.id === id);
  if (!kpi) throw new Error(`Ukjent nøkkeltall «${id}». Kjente: ${KPIS.map((k) => k.id).join(', ')}.`);
  return kpi;
}
