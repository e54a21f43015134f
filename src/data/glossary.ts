/**
 * The portal's glossary: one term per concept. Content uses `term`; the words in
 * `avoid` are ruled out (tests/unit/terminology.test.ts fails on them in content);
 * `synonyms` are words a reader may type, fine for search but not necessarily used
 * in text. Legal terms carry their source (act or regulation, section, and a link to
 * Lovdata or the public page the definition rests on). Sources checked 2026-12-01.
 *
 * The page /handbok/begreper/ renders this list with an anchor per `id`.
 */

export type GlossarySource = {
  /** Act or regulation and section, or the page's title, e.g. «Anskaffelsesforskriften § 7-9». */
  label: string;
  url: string;
};

export type GlossaryLink = {to: string; title: string};

export type GlossaryEntry = {
  /** Anchor slug on /handbok/begreper/: lower case, digits and hyphens. Never rename one. */
  id: string;
  /** The term content uses. */
  term: string;
  /** What the term means, in plain bokmål. */
  definition: string;
  /** Legal source where the term is a legal one. */
  source?: GlossarySource;
  /** Variants content must not use; the terminology test finds them, inflected too. */
  avoid: readonly string[];
  /** Other words a reader may search for. */
  synonyms: readonly string[];
  /** Pages on the site where the concept is explained or used. */
  related: readonly GlossaryLink[];
};

/** Section links in the format Lovdata's short addresses use, e.g. …/forskrift/2016-08-12-974/§7-9. */
const FOA = 'https://lovdata.no/forskrift/2016-08-12-974';
const LOA = 'https://lovdata.no/lov/2016-06-17-73';
const foa = (section: string): string => `${FOA}/§${section}`;
const loa = (section: string): string => `${LOA}/§${section}`;

const REGELVERK = {to: '/handbok/regelverk/', title: 'Regelverket i korte trekk'};
const VERDI = {to: '/handbok/regelverk/verdi-og-terskelverdier/', title: 'Verdi og terskelverdier'};
const PROSEDYRER = {to: '/handbok/regelverk/prosedyrer-og-kunngjoring/', title: 'Prosedyrer og kunngjøring'};
const KVALIFIKASJON = {
  to: '/handbok/regelverk/kvalifikasjon-og-tildeling/',
  title: 'Kvalifikasjon, avvisning og tildeling',
};
const ETTER = {to: '/handbok/regelverk/etter-tildeling/', title: 'Etter tildelingen: karensperiode, klage og innsyn'};
const SAMARBEID = {to: '/handbok/regelverk/samarbeid/', title: 'Regler som gjelder særlig for innkjøpssamarbeid'};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'anskaffelsesloven',
    term: 'anskaffelsesloven',
    definition:
      'Loven om offentlige anskaffelser. Den sier hvem som må følge reglene, og inneholder de grunnleggende prinsippene og reglene om klage og sanksjoner. De fleste detaljene står i anskaffelsesforskriften.',
    source: {
      label: 'Lov 17. juni 2016 nr. 73 om offentlige anskaffelser',
      url: 'https://lovdata.no/dokument/NL/lov/2016-06-17-73',
    },
    avoid: [],
    synonyms: ['LOA', 'lov om offentlige anskaffelser'],
    related: [REGELVERK],
  },
  {
    id: 'anskaffelsesforskriften',
    term: 'anskaffelsesforskriften',
    definition:
      'Forskriften med de utfyllende reglene. Del I gjelder alle anskaffelser som er omfattet, del II anskaffelser fra nasjonal terskelverdi opp til EØS-terskelverdiene, og del III anskaffelser over EØS-terskelverdiene.',
    source: {
      label: 'Forskrift 12. august 2016 nr. 974 om offentlige anskaffelser',
      url: 'https://lovdata.no/dokument/SF/forskrift/2016-08-12-974',
    },
    avoid: [],
    synonyms: ['FOA', 'forskrift om offentlige anskaffelser'],
    related: [REGELVERK, VERDI],
  },
  {
    id: 'oppdragsgiver',
    term: 'oppdragsgiver',
    definition:
      'Den offentlige virksomheten som kjøper inn og har ansvaret for at reglene følges: staten, en kommune, en fylkeskommune eller et offentligrettslig organ. I et innkjøpssamarbeid må det være klart hvem som er oppdragsgiver i hver konkurranse.',
    source: {label: 'Anskaffelsesloven § 2', url: loa('2')},
    avoid: [],
    synonyms: ['innkjøper', 'kunde'],
    related: [SAMARBEID],
  },
  {
    id: 'terskelverdi',
    term: 'terskelverdi',
    definition:
      'Beløpsgrense uten merverdiavgift som avgjør hvilke deler av regelverket en anskaffelse følger. Beløpene endres, så portalen viser dem fra ett sted med dato og kilde.',
    source: {label: 'Anskaffelsesforskriften § 5-3', url: foa('5-3')},
    avoid: [],
    synonyms: ['beløpsgrense', 'terskel'],
    related: [VERDI],
  },
  {
    id: 'nasjonal-terskelverdi',
    term: 'nasjonal terskelverdi',
    definition: 'Grensen der plikten til å kunngjøre på Doffin og reglene i forskriftens del II begynner å gjelde.',
    source: {label: 'Anskaffelsesforskriften § 5-3', url: foa('5-3')},
    avoid: [],
    synonyms: ['nasjonal terskel'],
    related: [VERDI],
  },
  {
    id: 'eos-terskelverdi',
    term: 'EØS-terskelverdi',
    definition:
      'Grensene der anskaffelsen må kunngjøres i hele EØS-området (TED) og følge forskriftens del III. Det finnes ulike grenser for statlige og andre oppdragsgivere og for bygge- og anleggskontrakter. De justeres annethvert år.',
    source: {label: 'Anskaffelsesforskriften § 5-3', url: foa('5-3')},
    avoid: [],
    synonyms: ['EU-terskelverdi', 'EØS-terskel'],
    related: [VERDI],
  },
  {
    id: 'anslatt-verdi',
    term: 'anslått verdi',
    definition:
      'Oppdragsgiverens forsvarlige anslag over den samlede betalingen for kontrakten, uten merverdiavgift. Det er dette beløpet som sammenlignes med terskelverdiene.',
    source: {label: 'Anskaffelsesforskriften § 5-4', url: foa('5-4')},
    avoid: [],
    synonyms: ['verdiberegning', 'kontraktsverdi', 'estimert verdi'],
    related: [VERDI],
  },
  {
    id: 'kunngjoring',
    term: 'kunngjøring',
    definition:
      'Offentlig melding om at oppdragsgiveren inviterer til konkurranse. Over nasjonal terskelverdi er hovedregelen at anskaffelsen skal kunngjøres på Doffin; over EØS-terskelverdiene også i TED.',
    source: {label: 'Anskaffelsesforskriften § 8-17 og § 21-2', url: foa('8-17')},
    avoid: [],
    synonyms: ['utlysning', 'anbudsutlysning'],
    related: [PROSEDYRER],
  },
  {
    id: 'doffin',
    term: 'Doffin',
    definition:
      'Den nasjonale databasen for kunngjøring av offentlige anskaffelser. Kunngjøringer der er åpne for alle, og Doffin sender kunngjøringer videre til TED.',
    avoid: [],
    synonyms: ['Database for offentlige innkjøp'],
    related: [PROSEDYRER],
  },
  {
    id: 'ted',
    term: 'TED',
    definition:
      'Tenders Electronic Daily, EUs database for kunngjøringer. Anskaffelser etter forskriftens del III skal kunngjøres der.',
    avoid: [],
    synonyms: ['Tenders Electronic Daily', 'EU-kunngjøring'],
    related: [PROSEDYRER],
  },
  {
    id: 'apen-anbudskonkurranse',
    term: 'åpen anbudskonkurranse',
    definition:
      'Prosedyre over EØS-terskelverdiene der alle interesserte leverandører kan gi tilbud i ett trinn, uten forhandlinger. Den kan alltid brukes.',
    source: {label: 'Anskaffelsesforskriften kapittel 13', url: foa('13-1')},
    avoid: [],
    synonyms: ['åpen konkurranse', 'anbud'],
    related: [PROSEDYRER],
  },
  {
    id: 'begrenset-anbudskonkurranse',
    term: 'begrenset anbudskonkurranse',
    definition:
      'Prosedyre i to trinn over EØS-terskelverdiene: leverandørene ber først om å få delta, og bare de som blir invitert, kan gi tilbud. Den kan alltid brukes.',
    source: {label: 'Anskaffelsesforskriften kapittel 13', url: foa('13-1')},
    avoid: [],
    synonyms: ['prekvalifisering'],
    related: [PROSEDYRER],
  },
  {
    id: 'konkurranse-med-forhandling',
    term: 'konkurranse med forhandling',
    definition:
      'Prosedyre der oppdragsgiveren kan forhandle om alle sider av tilbudene. Over EØS-terskelverdiene kan den bare brukes når vilkårene i forskriften er oppfylt.',
    source: {label: 'Anskaffelsesforskriften § 13-2', url: foa('13-2')},
    avoid: [],
    synonyms: ['forhandlet prosedyre'],
    related: [PROSEDYRER],
  },
  {
    id: 'tilbudskonkurranse',
    term: 'tilbudskonkurranse',
    definition:
      'Prosedyrene i forskriftens del II: åpen eller begrenset tilbudskonkurranse. Reglene er mer fleksible enn i del III, også når det gjelder frister.',
    source: {
      label: 'Anskaffelsesforskriften kapittel 8',
      url: 'https://lovdata.no/dokument/SF/forskrift/2016-08-12-974',
    },
    avoid: [],
    synonyms: ['åpen tilbudskonkurranse', 'begrenset tilbudskonkurranse'],
    related: [PROSEDYRER],
  },
  {
    id: 'direkte-anskaffelse',
    term: 'direkte anskaffelse',
    definition:
      'Kjøp der oppdragsgiveren kontakter én eller flere leverandører direkte uten å kunngjøre en konkurranse. Det er lovlig der det ikke er kunngjøringsplikt, for eksempel under nasjonal terskelverdi, men de grunnleggende prinsippene og protokollplikten gjelder likevel.',
    source: {label: 'Anskaffelsesforskriften del I', url: 'https://lovdata.no/dokument/SF/forskrift/2016-08-12-974'},
    avoid: ['direktekjøp', 'direkte innkjøp'],
    synonyms: ['anskaffelse uten kunngjøring', 'småinnkjøp'],
    related: [VERDI, PROSEDYRER],
  },
  {
    id: 'ulovlig-direkte-anskaffelse',
    term: 'ulovlig direkte anskaffelse',
    definition:
      'En anskaffelse som skulle vært kunngjort, men som ble gjort uten kunngjøring. Alle kan klage den inn til KOFA, som kan ilegge overtredelsesgebyr.',
    source: {
      label: 'Klagenemndssekretariatet: Klagenemnda for offentlige anskaffelser',
      url: 'https://www.klagenemndssekretariatet.no/klagenemnda-for-offentlige-anskaffelser/',
    },
    avoid: [],
    synonyms: ['UDA', 'overtredelsesgebyr'],
    related: [ETTER],
  },
  {
    id: 'espd',
    term: 'ESPD',
    definition:
      'Det europeiske egenerklæringsskjemaet. Leverandøren erklærer i det at kvalifikasjonskravene er oppfylt og at det ikke er grunner til avvisning. Det brukes over EØS-terskelverdiene, og som hovedregel er det bare valgt leverandør som må dokumentere det som er erklært.',
    source: {label: 'Anskaffelsesforskriften § 17-1', url: foa('17-1')},
    avoid: [],
    synonyms: ['egenerklæringsskjema', 'European Single Procurement Document'],
    related: [KVALIFIKASJON],
  },
  {
    id: 'kvalifikasjonskrav',
    term: 'kvalifikasjonskrav',
    definition:
      'Krav til leverandøren, ikke til det som leveres: at leverandøren er registrert, har økonomi og erfaring nok og kan levere. En leverandør som ikke oppfyller kravene, skal avvises.',
    source: {
      label: 'Anskaffelsesforskriften del II og III',
      url: 'https://lovdata.no/dokument/SF/forskrift/2016-08-12-974',
    },
    avoid: [],
    synonyms: ['leverandørkrav', 'kvalifisering'],
    related: [KVALIFIKASJON],
  },
  {
    id: 'avvisning',
    term: 'avvisning',
    definition:
      'At en leverandør eller et tilbud holdes utenfor konkurransen. Noen grunner gir plikt til å avvise, for eksempel at kvalifikasjonskravene ikke er oppfylt eller at tilbudet har vesentlige avvik; andre gir bare rett til det.',
    source: {
      label: 'Anskaffelsesforskriften del II og III',
      url: 'https://lovdata.no/dokument/SF/forskrift/2016-08-12-974',
    },
    avoid: [],
    synonyms: ['avvist tilbud', 'avvise leverandør'],
    related: [KVALIFIKASJON],
  },
  {
    id: 'tildelingskriterium',
    term: 'tildelingskriterium',
    definition:
      'Det tilbudene vurderes og rangeres etter, for eksempel pris, kvalitet eller klima og miljø. Kriteriene og vektingen må kunngjøres på forhånd og ha tilknytning til det som skal leveres.',
    source: {label: 'Anskaffelsesforskriften § 7-9 (klima og miljø)', url: foa('7-9')},
    avoid: [],
    synonyms: ['evalueringskriterium', 'vekting'],
    related: [KVALIFIKASJON],
  },
  {
    id: 'klima-og-miljohensyn',
    term: 'klima- og miljøhensyn',
    definition:
      'Plikten til å redusere anskaffelsens samlede klimaavtrykk og miljøbelastning. Fra 1. januar 2024 er hovedregelen at klima og miljø skal vektes med minst 30 prosent, med unntak forskriften angir.',
    source: {label: 'Anskaffelsesforskriften § 7-9', url: foa('7-9')},
    avoid: [],
    synonyms: ['miljøkrav', '30-prosentregelen', 'klimakrav'],
    related: [KVALIFIKASJON],
  },
  {
    id: 'anskaffelsesprotokoll',
    term: 'anskaffelsesprotokoll',
    definition:
      'Skriftlig dokumentasjon av de viktigste opplysningene og beslutningene i en anskaffelse, slik at den kan etterprøves.',
    source: {label: 'Anskaffelsesforskriften §§ 7-1, 10-5, 25-5 og 30-1', url: foa('7-1')},
    avoid: [],
    synonyms: ['protokoll', 'anbudsprotokoll'],
    related: [ETTER],
  },
  {
    id: 'tildelingsbeslutning',
    term: 'tildelingsbeslutning',
    definition:
      'Oppdragsgiverens beslutning om hvem som skal få kontrakten. Etter del II og III skal den meddeles skriftlig og samtidig til alle berørte leverandører, med begrunnelse og karensperiode.',
    source: {label: 'Anskaffelsesforskriften § 10-1 og § 25-1', url: foa('25-1')},
    avoid: [],
    synonyms: ['meddelelse om tildeling', 'tildelingsbrev', 'valg av leverandør'],
    related: [ETTER],
  },
  {
    id: 'karensperiode',
    term: 'karensperiode',
    definition:
      'Tiden fra leverandørene får meddelelsen om tildeling til kontrakten tidligst kan inngås. Den gir leverandørene tid til å klage eller be retten om midlertidig forføyning.',
    source: {label: 'Anskaffelsesforskriften § 4-5 bokstav g og § 10-2', url: foa('4-5')},
    avoid: ['karenstid'],
    synonyms: ['standstill'],
    related: [ETTER],
  },
  {
    id: 'kofa',
    term: 'KOFA',
    definition:
      'Klagenemnda for offentlige anskaffelser. Den gir rådgivende uttalelser om brudd på regelverket og kan ilegge overtredelsesgebyr for ulovlige direkte anskaffelser. Klageren betaler et klagegebyr.',
    source: {
      label: 'Klagenemndssekretariatet: Klagenemnda for offentlige anskaffelser',
      url: 'https://www.klagenemndssekretariatet.no/klagenemnda-for-offentlige-anskaffelser/',
    },
    avoid: [],
    synonyms: ['Klagenemnda for offentlige anskaffelser', 'klagenemnda'],
    related: [ETTER],
  },
  {
    id: 'midlertidig-forfoyning',
    term: 'midlertidig forføyning',
    definition:
      'Rettens beslutning om å stanse noe, i anskaffelser som regel at oppdragsgiveren ikke får inngå kontrakten før tvisten er avgjort.',
    source: {label: 'Tvisteloven § 34-1', url: 'https://lovdata.no/lov/2005-06-17-90/§34-1'},
    avoid: [],
    synonyms: ['forføyning', 'stans av kontraktsinngåelse'],
    related: [ETTER],
  },
  {
    id: 'innsyn',
    term: 'innsyn',
    definition:
      'Allmennhetens og leverandørenes rett til å se dokumentene i en anskaffelse. Tilbud og protokoll kan unntas til valget av leverandør er gjort, og forretningshemmeligheter skal alltid holdes tilbake.',
    source: {label: 'Offentleglova § 23 tredje ledd', url: 'https://lovdata.no/lov/2006-05-19-16/§23'},
    avoid: [],
    synonyms: ['innsynsbegjæring', 'innsynskrav', 'offentlighet'],
    related: [ETTER],
  },
  {
    id: 'forretningshemmelighet',
    term: 'forretningshemmelighet',
    definition:
      'Opplysning om tekniske løsninger, drifts- eller forretningsforhold som det har konkurransemessig betydning å holde hemmelig for den det gjelder. Oppdragsgiveren har taushetsplikt om slike opplysninger.',
    source: {label: 'Anskaffelsesforskriften § 7-4 og forvaltningsloven § 13', url: foa('7-4')},
    avoid: [],
    synonyms: ['taushetsplikt', 'sladding', 'drifts- og forretningshemmeligheter'],
    related: [ETTER],
  },
  {
    id: 'habilitet',
    term: 'habilitet',
    definition:
      'At den som forbereder eller avgjør en sak, ikke har bindinger som kan svekke tilliten til at vedkommende er upartisk. Reglene gjelder også innleide konsulenter og medlemmenes fagfolk i evalueringen.',
    source: {label: 'Anskaffelsesforskriften § 7-5 og forvaltningsloven §§ 6–10', url: foa('7-5')},
    avoid: [],
    synonyms: ['inhabilitet', 'inhabil', 'interessekonflikt'],
    related: [SAMARBEID],
  },
  {
    id: 'lonns-og-arbeidsvilkar',
    term: 'lønns- og arbeidsvilkår',
    definition:
      'Krav i tjeneste- og bygge- og anleggskontrakter om at de som utfører arbeidet, har lønn og vilkår etter allmenngjort eller landsomfattende tariffavtale, med rett til å kontrollere og sanksjoner ved brudd.',
    source: {
      label: 'Forskrift om lønns- og arbeidsvilkår i offentlige kontrakter (omtalt av DFØ)',
      url: 'https://anskaffelser.no/berekraftige-anskaffingar/arbeidslivskriminalitet/hva-sier-regelverket-om-krav-til-lonns-og-arbeidsvilkar',
    },
    avoid: [],
    synonyms: ['sosial dumping', 'arbeidslivskriminalitet', 'seriøsitetskrav'],
    related: [KVALIFIKASJON],
  },
  {
    id: 'rammeavtale',
    term: 'rammeavtale',
    definition:
      'Avtale med én eller flere leverandører som fastsetter vilkårene for kjøp i en periode, uten at det kjøpes en fast mengde. Som hovedregel varer den i høyst fire år, og bare partene i den kunngjorte avtalen kan bruke den.',
    source: {label: 'Anskaffelsesforskriften § 11-1 og § 26-1', url: foa('26-1')},
    avoid: [],
    synonyms: ['innkjøpsavtale', 'fellesavtale'],
    related: [SAMARBEID],
  },
  {
    id: 'avrop',
    term: 'avrop',
    definition:
      'En bestilling under en rammeavtale, på avtalens vilkår. Har avtalen flere leverandører, skjer avropet etter en fordelingsnøkkel eller en minikonkurranse, slik avtalen sier.',
    source: {label: 'Anskaffelsesforskriften § 26-1', url: foa('26-1')},
    avoid: [],
    synonyms: ['bestilling', 'minikonkurranse'],
    related: [SAMARBEID],
  },
  {
    id: 'dynamisk-innkjopsordning',
    term: 'dynamisk innkjøpsordning',
    definition:
      'En helt elektronisk ordning for gjentatte kjøp av hyllevarer, som kan være et alternativ til rammeavtaler i markeder med mange og nye leverandører. All kommunikasjon er skriftlig og elektronisk, uten forhandlinger.',
    source: {
      label: 'DFØ: veiledning om dynamisk innkjøpsordning',
      url: 'https://anskaffelser.no/nyhetsarkiv/veiledning-om-bruk-av-dynamisk-innkjopsordning',
    },
    avoid: [],
    synonyms: ['DPS', 'dynamic purchasing system'],
    related: [SAMARBEID],
  },
  {
    id: 'innkjopssentral',
    term: 'innkjøpssentral',
    definition:
      'En oppdragsgiver som kjøper inn eller inngår avtaler på vegne av andre oppdragsgivere. Den som kjøper fra eller gjennom en innkjøpssentral, anses etter forskriften for å ha fulgt regelverket.',
    source: {label: 'Anskaffelsesforskriften § 7-8', url: foa('7-8')},
    avoid: [],
    synonyms: ['sentral innkjøpsfunksjon', 'Statens innkjøpssenter'],
    related: [SAMARBEID],
  },
  {
    id: 'felles-anskaffelse',
    term: 'felles anskaffelse',
    definition:
      'Anskaffelse som flere oppdragsgivere gjennomfører sammen, uten at noen av dem opptrer som innkjøpssentral. Forskriften kaller det samordnede innkjøp.',
    source: {label: 'Anskaffelsesforskriften § 4-3 (samordnede innkjøp)', url: foa('4-3')},
    avoid: [],
    synonyms: ['samordnet innkjøp', 'fellesinnkjøp', 'felleskonkurranse'],
    related: [SAMARBEID],
  },
  {
    id: 'vesentlig-endring',
    term: 'vesentlig endring',
    definition:
      'En endring i en inngått kontrakt som gjør den til en annen kontrakt enn den det var konkurranse om. Vesentlige endringer krever ny konkurranse; endringer etter en klar endringsklausul og mindre endringer er tillatt.',
    source: {label: 'Anskaffelsesforskriften § 11-2, § 28-1 og § 28-2', url: foa('28-2')},
    avoid: [],
    synonyms: ['kontraktsendring', 'endring av kontrakt'],
    related: [SAMARBEID],
  },
  {
    id: 'endringsklausul',
    term: 'endringsklausul',
    definition:
      'Bestemmelse i anskaffelsesdokumentene som sier klart hvilke endringer som kan gjøres i kontrakten, i hvilket omfang og på hvilke vilkår.',
    source: {label: 'Anskaffelsesforskriften § 19-1 annet ledd', url: foa('19-1')},
    avoid: [],
    synonyms: ['opsjon', 'tilpasningsklausul'],
    related: [SAMARBEID],
  },
  {
    id: 'utvidet-egenregi',
    term: 'utvidet egenregi',
    definition:
      'Når en oppdragsgiver kjøper fra en virksomhet den selv, alene eller sammen med andre offentlige, kontrollerer og som i hovedsak arbeider for eierne. Slike kjøp kan være unntatt fra regelverket når vilkårene er oppfylt.',
    source: {
      label: 'Veileder til reglene om offentlige anskaffelser, kapittel 3',
      url: 'https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/',
    },
    avoid: [],
    synonyms: ['egenregi', 'offentlig-offentlig samarbeid', 'in house'],
    related: [SAMARBEID],
  },
  {
    id: 'vertskommune',
    term: 'vertskommune',
    definition:
      'Kommunen som utfører oppgaver eller har fått delegert myndighet fra de andre kommunene i et vertskommunesamarbeid. Samarbeidet er ikke et eget rettssubjekt, men en del av vertskommunen.',
    source: {label: 'Kommuneloven kapittel 20', url: 'https://lovdata.no/dokument/NL/lov/2018-06-22-83'},
    avoid: [],
    synonyms: ['vertskommunesamarbeid', 'samarbeidskommune'],
    related: [SAMARBEID],
  },
  {
    id: 'kommunalt-oppgavefellesskap',
    term: 'kommunalt oppgavefellesskap',
    definition:
      'Lovfestet samarbeidsform for kommuner og fylkeskommuner som er laget for felles produksjon av tjenester, for eksempel administrative støttetjenester.',
    source: {label: 'Kommuneloven kapittel 19', url: 'https://lovdata.no/dokument/NL/lov/2018-06-22-83'},
    avoid: [],
    synonyms: ['KO', 'oppgavefellesskap'],
    related: [SAMARBEID],
  },
  {
    id: 'interkommunalt-selskap',
    term: 'interkommunalt selskap',
    definition:
      'Selskap som eies av kommuner og fylkeskommuner og er organisert etter IKS-loven, en av samarbeidsformene kommuneloven § 17-1 nevner.',
    source: {label: 'Lov om interkommunale selskaper', url: 'https://lovdata.no/dokument/NL/lov/1999-01-29-6'},
    avoid: [],
    synonyms: ['IKS'],
    related: [SAMARBEID],
  },
  {
    id: 'ssa',
    term: 'SSA',
    definition:
      'Statens standardavtaler, kontraktsmaler som DFØ publiserer for kjøp av IT og konsulenttjenester, for eksempel SSA-B (bistand) og SSA-O (oppdrag). De anbefales ikke for bygg, anlegg og eiendom.',
    source: {
      label: 'Anskaffelser.no: Velg riktig statens standardavtale',
      url: 'https://anskaffelser.no/avtaler-og-regelverk/statens-standardavtaler-ssa/velg-riktig-statens-standardavtale-ssa',
    },
    avoid: [],
    synonyms: ['statens standardavtaler', 'SSA-B', 'SSA-O', 'SSA-R'],
    related: [SAMARBEID],
  },
  {
    id: 'ehf',
    term: 'EHF',
    definition:
      'Elektronisk handelsformat, den norske standarden for fakturaer, kreditnotaer og andre handelsdokumenter mellom offentlige virksomheter og leverandører. Offentlige oppdragsgivere skal kreve faktura i EHF.',
    source: {
      label: 'Forskrift om elektronisk faktura i offentlige anskaffelser (omtalt av DFØ)',
      url: 'https://www.anskaffelser.no/nyhet/2019/04/offentlige-virksomheter-skal-kreve-e-faktura',
    },
    avoid: [],
    synonyms: ['e-faktura', 'elektronisk faktura', 'e-handel', 'Peppol BIS'],
    related: [SAMARBEID],
  },
  {
    id: 'peppol',
    term: 'Peppol',
    definition: 'Det europeiske nettverket som EHF-dokumenter sendes gjennom mellom kjøpers og selgers systemer.',
    avoid: [],
    synonyms: ['aksesspunkt', 'ELMA'],
    related: [SAMARBEID],
  },
  {
    id: 'kgv',
    term: 'konkurransegjennomføringsverktøy',
    definition:
      'Dataverktøyet oppdragsgiveren bruker til å kunngjøre, kommunisere med leverandørene, ta imot tilbud og fylle ut ESPD.',
    avoid: [],
    synonyms: ['KGV', 'anbudsverktøy'],
    related: [PROSEDYRER],
  },
  {
    id: 'innkjopssamarbeid',
    term: 'innkjøpssamarbeid',
    definition:
      'Et samarbeid der flere offentlige virksomheter kjøper inn sammen eller gjennom en felles enhet, for eksempel en vertskommune. Portalen bruker dette ordet om alle formene samarbeidet kan ha.',
    avoid: ['innkjøpsnettverk'],
    synonyms: ['samarbeid', 'innkjøpsfellesskap', 'innkjøpsordning'],
    related: [SAMARBEID, {to: '/samarbeid/', title: 'Oversikt over innkjøpssamarbeid'}],
  },
  {
    id: 'medlem',
    term: 'medlem',
    definition:
      'En virksomhet som deltar i et innkjøpssamarbeid og kan bruke avtalene det inngår, når den er navngitt i konkurransen.',
    avoid: [],
    synonyms: ['deltaker', 'deltakerkommune'],
    related: [SAMARBEID, {to: '/handbok/mandat/', title: 'Mandat for samarbeidet'}],
  },
  {
    id: 'kontraktsoppfolging',
    term: 'kontraktsoppfølging',
    definition:
      'Arbeidet med å sørge for at en inngått kontrakt blir brukt og levert som avtalt: priser, kvalitet, avvik, leverandørmøter og rapportering.',
    avoid: ['avtaleoppfølging'],
    synonyms: ['leverandøroppfølging', 'kontraktsforvaltning'],
    related: [{to: '/handbok/prosess/kontraktsoppfolging/', title: 'Prosessmal: kontraktsoppfølging'}],
  },
  {
    id: 'kontraktsforvalter',
    term: 'kontraktsforvalter',
    definition: 'Rollen som har ansvaret for kontraktsoppfølgingen av en eller flere avtaler etter at de er signert.',
    avoid: ['avtaleforvalter', 'kontraktsadministrator'],
    synonyms: ['kontraktsansvarlig', 'avtaleansvarlig'],
    related: [{to: '/handbok/roller/kontraktsforvalter/', title: 'Rollebeskrivelse: kontraktsforvalter'}],
  },
  {
    id: 'avtalelojalitet',
    term: 'avtalelojalitet',
    definition:
      'I hvilken grad medlemmene faktisk kjøper på avtalene samarbeidet har inngått, i stedet for utenfor dem.',
    avoid: [],
    synonyms: ['avtaledekning', 'lekkasje', 'kjøp utenfor avtale'],
    related: [{to: '/handbok/prosess/kontraktsoppfolging/', title: 'Prosessmal: kontraktsoppfølging'}],
  },
  {
    id: 'kategoristyring',
    term: 'kategoristyring',
    definition:
      'Å planlegge og styre innkjøpene kategori for kategori, med en egen strategi for marked, behov og avtaler i hver kategori.',
    avoid: [],
    synonyms: ['category management', 'kategoristrategi'],
    related: [{to: '/handbok/roller/kategoriansvarlig/', title: 'Rollebeskrivelse: kategoriansvarlig'}],
  },
  {
    id: 'stotteradgiver',
    term: 'støtterådgiver',
    definition:
      'Rådgiveren i samarbeidet som veileder medlemmer uten egen kapasitet eller kompetanse i bruk av maler og når de gjør egne anskaffelser.',
    avoid: ['rådgiver i støttefunksjon'],
    synonyms: ['støttefunksjon', 'innkjøpsstøtte', 'brukerstøtte'],
    related: [{to: '/handbok/roller/stotteradgiver/', title: 'Rollebeskrivelse: støtterådgiver'}],
  },
  {
    id: 'kommunedirektor',
    term: 'kommunedirektør',
    definition: 'Lederen av kommunens administrasjon. Portalen bruker denne tittelen, ikke den eldre.',
    avoid: ['rådmann'],
    synonyms: ['administrasjonssjef', 'fylkeskommunedirektør'],
    related: [{to: '/handbok/mandat/', title: 'Mandat for samarbeidet'}],
  },
  {
    id: 'framdrift',
    term: 'framdrift',
    definition: 'Hvor langt et arbeid eller et kurs har kommet. Portalen skriver framdrift, ikke den andre formen.',
    avoid: ['fremdrift'],
    synonyms: ['status', 'progresjon'],
    related: [{to: '/kurs/', title: 'Kurs'}],
  },
  {
    id: 'kontaktperson',
    term: 'kontaktperson',
    definition:
      'Medlemmets faste person mot samarbeidet: melder inn behov, gjør avtalene kjent i egen virksomhet og melder avvik tilbake.',
    avoid: [],
    synonyms: ['innkjøpskontakt', 'kontaktpunkt'],
    related: [{to: '/handbok/roller/kontaktperson/', title: 'Rollebeskrivelse: kontaktperson'}],
  },
  {
    id: 'avvik',
    term: 'avvik',
    definition:
      'Når en leverandør ikke leverer som avtalt, for eksempel feil pris, forsinkelse eller mangler. Avvik meldes og følges opp med en avviksrapport.',
    avoid: [],
    synonyms: ['reklamasjon', 'avviksmelding'],
    related: [{to: '/handbok/prosess/avviksrapport/', title: 'Mal for avviksrapport'}],
  },
  {
    id: 'spend-analyse',
    term: 'spend-analyse',
    definition: 'Analyse av hva virksomheten faktisk har kjøpt, hos hvem og for hvor mye, ofte hentet fra regnskapet.',
    avoid: [],
    synonyms: ['innkjøpsanalyse', 'forbruksanalyse', 'spendanalyse'],
    related: [{to: '/handbok/teknologi/', title: 'Sjekkliste for teknologistøtte'}],
  },
  {
    id: 'gevinstrealisering',
    term: 'gevinstrealisering',
    definition: 'Arbeidet med å ta ut og dokumentere de besparelsene og forbedringene en avtale skulle gi.',
    avoid: [],
    synonyms: ['besparelse', 'gevinstmåling'],
    related: [{to: '/handbok/gevinstmaling/', title: 'Gevinstmåling'}],
  },
];
