/**
 * County overview of municipal and county cooperations: the text of the report's
 * figure 1 and its page «Kommuner uten innkjøpssamarbeid». Figure 1 is titled
 * «Antall registrerte innkjøpsnettverk» (terminologi-sitat: innkjøpsnettverk, the report's wording).
 * Counties as they were in 2017, when the mapping was done.
 */

export type CountyOverview = {
  /** Stable slug. */
  id: string;
  /** County name as the report writes it (2017 county structure). */
  name: string;
  /** What figure 1 says about the county's cooperations, in our own words (Norwegian). */
  cooperations: string;
  /** Cooperations figure 1 names for the county, abbreviation or name as written there. */
  named: readonly string[];
  /**
   * Municipalities not in any mapped cooperation, as the county page states it:
   * a number, 0 when the report says all take part, or null when the report gives no number.
   */
  municipalitiesOutside: number | null;
  /** Total municipalities in the county where the report states it (e.g. Nordland 44). */
  municipalitiesTotal?: number;
  /** What the county page says, in our own words (Norwegian). */
  outsideNote: string;
  /** The county the area belonged to from 1 January 2020 to 31 December 2023 (COUNTY_CHANGES). */
  county2020: string;
  /** The county the area belongs to since 1 January 2024 (COUNTY_CHANGES). */
  countyToday: string;
};

/**
 * Where the county names of the report went: Trøndelag from 2018, the regional reform of 2020 and the splits of
 * 2024. County level only: a few municipalities changed county on their own (Hornindal, see MUNICIPALITY_MOVES).
 */
export const COUNTY_CHANGES = {
  checked: '2026-12-01',
  sources: [
    {
      label: 'Regjeringen: Alt klart for nye Trøndelag (Trøndelag fylke fra 1. januar 2018)',
      url: 'https://www.regjeringen.no/no/aktuelt/nye-trondelag/id2513205/',
    },
    {
      label: 'Regjeringen: Regionreform (fra 19 til 11 fylker 1. januar 2020)',
      url: 'https://www.regjeringen.no/no/tema/kommuner-og-regioner/regionreform/id2628044/',
    },
    {
      label: 'KS: Noen fakta om Norges fylker fra 2020 (de elleve fylkene og navnene som forsvant)',
      url: 'https://www.ks.no/fagomrader/demokrati-og-styring/regionreform/noen-fakta-om-norges-fylker-fra-2020/',
    },
    {
      label: 'Regjeringen: Nye kommunar og fylkeskommunar frå 1. januar 2024',
      url: 'https://www.regjeringen.no/no/aktuelt/nye-kommunar-og-fylkeskommunar-fra-1.-januar-2024/id3020489/',
    },
  ],
} as const;

/** Municipalities in the county notes that have since moved to another county, with the sources (checked as COUNTY_CHANGES). */
export const MUNICIPALITY_MOVES = [
  {
    municipality: 'Hornindal',
    note: 'Hornindal ble slått sammen med Volda 1. januar 2020 og hører nå til Volda kommune i Møre og Romsdal.',
    sources: [
      {
        label: 'Kartverket: Kommune- og regionreforma i Møre og Romsdal fylke',
        url: 'http://ny.kartverket.no/en/About-The-Norwegian-Mapping-Authority/Kartverket-More-og-Romsdal/Kommune-og-regionreforma-i-more-og-romsdal-fylke/',
      },
      {
        label: 'Fylkesmannen i Møre og Romsdal: Fylkesovergripande møte på Grodås (ny kommune frå 1. januar 2020)',
        url: 'https://www.fylkesmannen.no/nb/More-og-Romsdal/Kommunal-styring/Ny-kommune-2020/Fylkesovergripande-mote-pa-Grodas-i-Sogn-og-Fjordane/',
      },
    ],
  },
] as const;

export const COUNTIES: readonly CountyOverview[] = [
  {
    id: 'ostfold',
    name: 'Østfold',
    cooperations:
      'Østfold fylkeskommune har innkjøpssamarbeid med en del av kommunene i fylket. I tillegg nevner figuren lokale samarbeid i Nord-Østfold og Indre Østfold.',
    named: ['Nord-Østfold', 'Indre Østfold'],
    municipalitiesOutside: 0,
    outsideNote: 'Kartleggingen fant ingen kommuner i Østfold som står utenfor innkjøpssamarbeid.',
    county2020: 'Viken',
    countyToday: 'Østfold',
  },
  {
    id: 'akershus',
    name: 'Akershus',
    cooperations:
      'Akershus fylkeskommune samarbeider med kommuner om innkjøp. Ved siden av finnes flere mindre samarbeid, for eksempel ØRIK, NRI og FIK.',
    named: ['ØRIK', 'NRI', 'FIK'],
    municipalitiesOutside: 3,
    outsideNote: 'Ifølge rapporten er tre kommuner i Akershus ikke med i noe innkjøpssamarbeid.',
    county2020: 'Viken',
    countyToday: 'Akershus',
  },
  {
    id: 'oslo',
    name: 'Oslo',
    cooperations:
      'Oslo er én kommune, og figuren viser at den har én felles innkjøpsavdeling som handler for alle etatene.',
    named: [],
    municipalitiesOutside: null,
    outsideNote:
      'Rapporten oppgir ikke hvor mange kommuner i Oslo som står utenfor, bare at den ene store kommunen med mange etater og bydeler har en felles innkjøpsenhet, så antallet er oppført som ukjent.',
    county2020: 'Oslo',
    countyToday: 'Oslo',
  },
  {
    id: 'hedmark',
    name: 'Hedmark',
    cooperations:
      'Fylkeskommunen og mange av kommunene er med i KIFHO. Figuren nevner også flere små samarbeid, blant dem RIIG, GIS og Hamarregionen.',
    named: ['KIFHO', 'RIIG', 'GIS', 'Hamarregionen'],
    municipalitiesOutside: 3,
    outsideNote: 'Kartleggingen viser at bare tre kommuner i Hedmark står utenfor innkjøpssamarbeid.',
    county2020: 'Innlandet',
    countyToday: 'Innlandet',
  },
  {
    id: 'oppland',
    name: 'Oppland',
    cooperations:
      'Fylkeskommunen og flere av kommunene deltar i KIFHO. I tillegg finnes lokale samarbeid, blant annet i Gjøvikregionen, på Hadeland og i Valdres.',
    named: ['KIFHO', 'Gjøvikregionen', 'Hadeland', 'Valdres'],
    municipalitiesOutside: 0,
    outsideNote: 'Ifølge kartleggingen deltar samtlige kommuner i Oppland i innkjøpssamarbeid.',
    county2020: 'Innlandet',
    countyToday: 'Innlandet',
  },
  {
    id: 'buskerud',
    name: 'Buskerud',
    cooperations:
      'Både fylkeskommunen og samtlige kommuner er med i BTV. Figuren nevner i tillegg noen små samarbeid, for eksempel i Hallingdal.',
    named: ['BTV', 'Hallingdal'],
    municipalitiesOutside: 0,
    outsideNote: 'Siden alle kommunene i Buskerud er med i BTV, står ingen av dem utenfor.',
    county2020: 'Viken',
    countyToday: 'Buskerud',
  },
  {
    id: 'vestfold',
    name: 'Vestfold',
    cooperations: 'Vestfold fylkeskommune er med i BTV-samarbeidet, mens alle kommunene i fylket deltar i VOIS.',
    named: ['BTV', 'VOIS'],
    municipalitiesOutside: 0,
    outsideNote: 'Alle kommunene i Vestfold er med i VOIS, så ingen står utenfor.',
    county2020: 'Vestfold og Telemark',
    countyToday: 'Vestfold',
  },
  {
    id: 'telemark',
    name: 'Telemark',
    cooperations:
      'Fylkeskommunen og 12 av de 18 kommunene i fylket deltar i BTV. Figuren nevner også de lokale samarbeidene GKI og Vest-Telemark.',
    named: ['BTV', 'GKI', 'Vest-Telemark'],
    municipalitiesOutside: 3,
    municipalitiesTotal: 18,
    outsideNote: 'Rapporten oppgir at tre kommuner i Telemark ikke er med i noe innkjøpssamarbeid.',
    county2020: 'Vestfold og Telemark',
    countyToday: 'Telemark',
  },
  {
    id: 'agder',
    name: 'Agder',
    cooperations:
      'Rapporten ser Agder under ett: fylkeskommunen og 23 av de 30 kommunene deltar i OFA, og rundt Kristiansand finnes mindre samarbeid som KnSi.',
    named: ['OFA', 'KnSi'],
    municipalitiesOutside: 3,
    municipalitiesTotal: 30,
    outsideNote: 'Ifølge rapporten er tre kommuner i Agder ikke med i innkjøpssamarbeid.',
    county2020: 'Agder',
    countyToday: 'Agder',
  },
  {
    id: 'rogaland',
    name: 'Rogaland',
    cooperations:
      'Figuren trekker fram flere små innkjøpssamarbeid i Rogaland, blant annet RSSSR og samarbeid på Haugalandet og Jæren. Fylkeskommunens rolle omtales ikke.',
    named: ['RSSSR', 'Haugaland', 'Jæren'],
    municipalitiesOutside: 3,
    outsideNote: 'Rapporten oppgir at tre kommuner i Rogaland står utenfor innkjøpssamarbeid.',
    county2020: 'Rogaland',
    countyToday: 'Rogaland',
  },
  {
    id: 'hordaland',
    name: 'Hordaland',
    cooperations:
      'Hordaland har flere lokale innkjøpssamarbeid, for eksempel rundt Bergen kommune, i Hardanger og i Sunnhordland. Fylkeskommunens rolle omtales ikke.',
    named: ['Bergen kommune', 'Hardanger', 'Sunnhordland'],
    municipalitiesOutside: 3,
    outsideNote: 'Ifølge rapporten er tre kommuner i Hordaland ikke med i innkjøpssamarbeid.',
    county2020: 'Vestland',
    countyToday: 'Vestland',
  },
  {
    id: 'sogn-og-fjordane',
    name: 'Sogn og Fjordane',
    cooperations:
      'Fylkeskommunen legger til rette for det felles samarbeidet SFFI, og Hornindal er den eneste kommunen som ikke deltar.',
    named: ['SFFI'],
    municipalitiesOutside: 1,
    outsideNote: 'Hornindal er den eneste kommunen i fylket som står utenfor SFFI.',
    county2020: 'Vestland',
    countyToday: 'Vestland',
  },
  {
    id: 'more-og-romsdal',
    name: 'Møre og Romsdal',
    cooperations: 'Figuren nevner tre lokale samarbeid i fylket, blant dem NII og ROR. Fylkeskommunen deltar i FKN.',
    named: ['NII', 'ROR', 'FKN'],
    municipalitiesOutside: 0,
    outsideNote: 'Kartleggingen viser at alle kommunene i Møre og Romsdal er med i innkjøpssamarbeid.',
    county2020: 'Møre og Romsdal',
    countyToday: 'Møre og Romsdal',
  },
  {
    id: 'sor-trondelag',
    name: 'Sør-Trøndelag',
    cooperations:
      'Fylkeskommunen legger til rette for flere samarbeid med kommunene og er medlem av FKN. I tillegg finnes et lokalt samarbeid i Trondheimsregionen.',
    named: ['FKN', 'Trondheimsregionen'],
    municipalitiesOutside: 0,
    outsideNote: 'Ifølge kartleggingen deltar alle kommunene i Sør-Trøndelag i innkjøpssamarbeid.',
    county2020: 'Trøndelag',
    countyToday: 'Trøndelag',
  },
  {
    id: 'nord-trondelag',
    name: 'Nord-Trøndelag',
    cooperations:
      'Fylkeskommunen står bak et innkjøpssamarbeid og deltar i FKN. Det finnes også lokale samarbeid i Værnesregionen og Fosen regionråd.',
    named: ['Værnesregionen', 'Fosen regionråd', 'FKN'],
    municipalitiesOutside: 0,
    outsideNote: 'Rapporten oppgir at alle kommunene i Nord-Trøndelag er med i innkjøpssamarbeid.',
    county2020: 'Trøndelag',
    countyToday: 'Trøndelag',
  },
  {
    id: 'nordland',
    name: 'Nordland',
    cooperations: 'Nordland fylkeskommune deltar i FKN, mens 19 av fylkets 44 kommuner er med i SIIS.',
    named: ['FKN', 'SIIS'],
    municipalitiesOutside: 25,
    municipalitiesTotal: 44,
    outsideNote: 'Siden SIIS er det eneste kartlagte samarbeidet i Nordland, står 25 av de 44 kommunene utenfor.',
    county2020: 'Nordland',
    countyToday: 'Nordland',
  },
  {
    id: 'troms',
    name: 'Troms',
    cooperations:
      'Troms fylkeskommune deltar i FKN. I Nord-Troms finnes lokale samarbeid som ordner felles innkjøp for enkelte kommuner.',
    named: ['FKN', 'Nord-Troms'],
    municipalitiesOutside: 6,
    outsideNote: 'Seks kommuner i Troms står utenfor det fylkeskommunale/kommunale innkjøpssamarbeidet i Troms.',
    county2020: 'Troms og Finnmark',
    countyToday: 'Troms',
  },
  {
    id: 'finnmark',
    name: 'Finnmark',
    cooperations:
      'Tolv kommuner handler gjennom Innkjøpssirkelen, og fylkeskommunen er med i FKN. Rapporten utelukker ikke at de øvrige kommunene deltar i samarbeid som ikke ble fanget opp.',
    named: ['Innkjøpssirkelen', 'FKN'],
    municipalitiesOutside: 7,
    outsideNote:
      'Innkjøpssirkelen er det eneste kartlagte kommunesamarbeidet i Finnmark, og med tolv kommuner der står sju kommuner utenfor.',
    county2020: 'Troms og Finnmark',
    countyToday: 'Finnmark',
  },
];
