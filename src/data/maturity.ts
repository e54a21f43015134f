/**
 * The maturity self-assessment for procurement cooperations: dimensions from the
 * report's measures (Vedlegg 3) and its maturity topics (money flows, supplier
 * market, category management, control), each with statements scored 1–5.
 * Ids are stable: saved assessments refer to them.
 */
import {coursePath, guidePath, handbookPath} from './routes';

export type Level = 1 | 2 | 3 | 4 | 5;

export const LEVEL_NAMES: Record<Level, string> = {
  1: 'Grunnleggende',
  2: 'Under utvikling',
  3: 'Etablert',
  4: 'Avansert',
  5: 'Ledende',
};

export type Statement = {
  id: string;
  /** The statement the cooperation scores itself against. */
  text: string;
  /** What each level looks like in practice, from 1 (grunnleggende) to 5 (ledende). */
  levels: readonly [string, string, string, string, string];
};

export type Recommendation = {
  /** What to do, in one or two sentences. */
  text: string;
  /** Pages in the portal that help: handbook templates, guides, courses. */
  links: readonly {to: string; title: string}[];
};

export type Dimension = {
  id: string;
  name: string;
  /** Why the dimension matters, in one sentence grounded in the report. */
  why: string;
  statements: readonly Statement[];
  /** What to do when the dimension scores low. */
  recommendation: Recommendation;
};

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'strategi-og-mandat',
    name: 'Strategi og mandat',
    why: 'Kartleggingen fant at samarbeidene er organisert svært ulikt, og et vedtatt mandat med tydelig ansvar, prosess og hva som skal måles er det første tiltaket rapporten foreslår.',
    statements: [
      {
        id: 'strategi-og-mandat-1',
        text: 'Samarbeidet har et skriftlig mandat som medlemmene har vedtatt.',
        levels: [
          'Det finnes ikke noe skriftlig mandat; samarbeidet bygger på vane og muntlige avtaler.',
          'Et mandat er skrevet, men det er utdatert eller ikke formelt vedtatt av alle medlemmene.',
          'Alle medlemmene har vedtatt et mandat som beskriver formål, deltakere, finansiering og beslutningsregler.',
          'Mandatet fordeler også ansvar og oppgaver og viser til en prosess som dekker kontraktsoppfølging.',
          'Mandatet revideres jevnlig sammen med medlemmene, og endringene bygger på resultater og evalueringer.',
        ],
      },
      {
        id: 'strategi-og-mandat-2',
        text: 'Samarbeidet har en strategi med mål som henger sammen med medlemmenes egne innkjøpsmål.',
        levels: [
          'Samarbeidet har ingen strategi; avtaler inngås etter hvert som noen melder et behov.',
          'Noen mål er formulert, men de er generelle og lite kjent blant medlemmene.',
          'En flerårig strategi med konkrete mål er vedtatt og kjent hos medlemmenes innkjøpsansvarlige.',
          'Strategien har målbare nøkkeltall for besparelser, kvalitet og avtalebruk som følges opp hvert år.',
          'Strategien er koblet til medlemmenes egne mål og justeres systematisk etter måloppnåelse og nye behov.',
        ],
      },
      {
        id: 'strategi-og-mandat-3',
        text: 'Det er avklart hva medlemmene forplikter seg til, og hvilke anskaffelser de kan gjøre på egen hånd.',
        levels: [
          'Det er uklart om medlemmene må bruke avtalene, og praksis varierer fra medlem til medlem.',
          'Forpliktelsen er omtalt, men unntak og egne anskaffelser avgjøres fra sak til sak.',
          'Skriftlige regler sier hvilke avtaler som er forpliktende, og når medlemmene kan kjøpe selv.',
          'Medlemmene velger bevisst hvilke avtaler de blir med på, og reglene for forpliktende avtaler etterleves.',
          'Forpliktelsene vurderes jevnlig mot avtalebruk og behovsdekning, og reglene justeres sammen med medlemmene.',
        ],
      },
    ],
    recommendation: {
      text: 'Ta utgangspunkt i malen for et beste praksis-mandat og få den vedtatt av alle medlemmene, med tydelig ansvar, felles prosess og hva som skal måles. Bruk oppstartsmøtet til å avklare forpliktelser og forventninger før de første avtalene inngås.',
      links: [
        {to: handbookPath('mandat/'), title: 'Mandat for innkjøpssamarbeid (beste praksis)'},
        {to: handbookPath('mandat/oppstartsmote/'), title: 'Oppstartsmøte: agenda og kriterier for dimensjonering'},
      ],
    },
  },
  {
    id: 'organisering-og-dimensjonering',
    name: 'Organisering og dimensjonering',
    why: 'Mange samarbeid mangler kapasitet, særlig til å følge opp avtalene, fordi arbeidet hviler på en travel vertskommune eller på medlemmer som prioriterer egne oppgaver først.',
    statements: [
      {
        id: 'organisering-og-dimensjonering-1',
        text: 'Samarbeidet er dimensjonert etter hvor mange og hvor store anskaffelser det skal gjennomføre.',
        levels: [
          'Bemanningen er tilfeldig og avhenger av hvem som har tid ved siden av andre oppgaver.',
          'Ressursbehovet er anslått grovt, men det er ikke koblet til de planlagte anskaffelsene.',
          'Bemanningen er fastsatt ut fra kategorier, antall anskaffelser og deres verdi, slik mandatet beskriver.',
          'Det er avsatt egen kapasitet til kontraktsoppfølging og gevinstoppfølging, ikke bare til konkurranser.',
          'Dimensjoneringen vurderes hvert år mot arbeidsmengde og resultater, og ressurser flyttes dit behovet er størst.',
        ],
      },
      {
        id: 'organisering-og-dimensjonering-2',
        text: 'Samarbeidet har dedikerte ressurser som ikke må vike for medlemmenes egne driftsoppgaver.',
        levels: [
          'Alt arbeid gjøres av medlemmenes ansatte på dugnad, og samarbeidet taper når det blir travelt.',
          'Vertskommunen stiller med noen ressurser, men de trekkes ofte over til egne interne oppgaver.',
          'Samarbeidet har egne ansatte eller avtalefestet frikjøpt tid med klart beskrevne arbeidsoppgaver.',
          'Dedikerte stillinger dekker både konkurranser og kontraktsoppfølging, og fravær håndteres med faste stedfortredere.',
          'Bemanning, kompetanse og nøkkelpersonrisiko gjennomgås jevnlig, og kapasiteten planlegges flere år fram i tid.',
        ],
      },
      {
        id: 'organisering-og-dimensjonering-3',
        text: 'Samarbeidet har en oppdatert oversikt over medlemmenes kortsiktige og langsiktige avtalebehov.',
        levels: [
          'Samarbeidet kjenner ikke behovene før et medlem tar kontakt om en konkret anskaffelse.',
          'Behov samles inn av og til, men uten felles mal eller fast tidspunkt.',
          'En felles behovsanalyse gjøres før hver avtaleperiode og danner grunnlaget for en anskaffelsesplan.',
          'Behovsanalysen skiller kortsiktige og langsiktige behov og gjøres sammen med fagfolk hos medlemmene.',
          'Behovsoversikten oppdateres løpende, og planen justeres når medlemmer, tjenester eller kommunestruktur endres.',
        ],
      },
    ],
    recommendation: {
      text: 'Hold et oppstartsmøte der dere fastsetter kriterier for dimensjonering ut fra kategorier, volum og oppfølgingsbehov, og gjennomfør en felles behovskartlegging. Sett av egen kapasitet til kontraktsoppfølging, så den ikke er det første som blir nedprioritert.',
      links: [
        {to: handbookPath('mandat/oppstartsmote/'), title: 'Oppstartsmøte: agenda og kriterier for dimensjonering'},
        {to: handbookPath('prosess/behovskartlegging/'), title: 'Behovskartlegging og analyse'},
      ],
    },
  },
  {
    id: 'prosess-og-kontraktsoppfolging',
    name: 'Prosess og kontraktsoppfølging',
    why: 'Rapporten peker på svak kontraktsoppfølging som et hovedhinder for å hente ut gevinstene, og medlemmer opplevde at leverandører tok andre priser enn de avtalte.',
    statements: [
      {
        id: 'prosess-og-kontraktsoppfolging-1',
        text: 'Samarbeidet følger en beskrevet prosess fra behov til evaluering som alle parter kjenner.',
        levels: [
          'Hver anskaffelse gjennomføres på sin egen måte, avhengig av hvem som leder den.',
          'Enkelte faser er beskrevet, men oppfølgingen etter at kontrakten er signert, er ikke med.',
          'En prosess fra ende til ende med aktiviteter og ansvar brukes i de fleste anskaffelser.',
          'Prosessen stiller tydelige krav til medlemmene i hver fase og brukes i alle felles anskaffelser.',
          'Prosessen evalueres etter hver avtaleperiode, og forbedringer innarbeides i malene og deles med medlemmene.',
        ],
      },
      {
        id: 'prosess-og-kontraktsoppfolging-2',
        text: 'Hver avtale har en handlingsplan for kontraktsoppfølging med en navngitt ansvarlig.',
        levels: [
          'Avtalene følges ikke opp etter signering, med mindre noen klager til samarbeidet.',
          'Oppfølging skjer når det oppstår problemer, men uten plan og uten fast ansvarlig.',
          'De viktigste avtalene har handlingsplan med navngitt ansvarlig, oppfølgingsmøter og konkrete leveransekrav.',
          'Alle avtaler har handlingsplan, og oppfølgingen dekker pris, kvalitet, leveringstid og avtalebruk.',
          'Oppfølgingen er risikobasert, resultatene rapporteres jevnlig, og erfaringene brukes i neste konkurranse.',
        ],
      },
      {
        id: 'prosess-og-kontraktsoppfolging-3',
        text: 'Avvik fra avtalene meldes, registreres og lukkes på en fast måte.',
        levels: [
          'Medlemmene tar avvik direkte med leverandøren, og samarbeidet får ikke vite om dem.',
          'Avvik meldes på e-post til samarbeidet, men registreres ikke og følges sjelden opp.',
          'Avvik meldes på en felles mal, registreres sentralt og tas opp med leverandøren.',
          'Hvert avvik har frist og ansvarlig, og medlemmet får beskjed når avviket er lukket.',
          'Avvik analyseres for mønstre, og funnene brukes i leverandørmøter, sanksjoner og nye kravspesifikasjoner.',
        ],
      },
    ],
    recommendation: {
      text: 'Bruk prosessmalen som felles arbeidsmåte, og lag en handlingsplan for kontraktsoppfølging med en navngitt ansvarlig for hver avtale. Innfør en felles avviksrapport, slik at prisavvik og leveringsproblemer fanges opp og blir lukket.',
      links: [
        {to: handbookPath('prosess/'), title: 'Prosessmal: fra behov til evaluering'},
        {
          to: handbookPath('prosess/handlingsplan-kontraktsoppfolging/'),
          title: 'Handlingsplan for kontraktsoppfølging',
        },
        {to: handbookPath('prosess/avviksrapport'), title: 'Mal for avviksrapport'},
      ],
    },
  },
  {
    id: 'roller-og-kompetanse',
    name: 'Roller og kompetanse',
    why: 'Kompetansen varierer mye, mange medlemmer savner juridisk hjelp, og når samarbeidet overtar avtaleinngåelsen, kan innkjøpskompetansen hos det enkelte medlem forvitre.',
    statements: [
      {
        id: 'roller-og-kompetanse-1',
        text: 'Roller og ansvar i samarbeidet er beskrevet, kommunisert og forstått av alle medlemmene.',
        levels: [
          'Ingen har skrevet ned hvem som gjør hva, og oppgaver faller mellom stolene.',
          'Noen roller er beskrevet, men medlemmene er usikre på hvor grensen går mellom samarbeidets og egne oppgaver.',
          'De sentrale rollene i samarbeidet og hos medlemmene har beskrivelser med ansvar og kompetansekrav.',
          'Rollene er kjent hos alle medlemmer, og oppgaver fordeles til dem som har riktig kompetanse.',
          'Rollebeskrivelsene gjennomgås jevnlig, og rolleforståelsen blant medlemmene måles og forbedres ved behov.',
        ],
      },
      {
        id: 'roller-og-kompetanse-2',
        text: 'Medlemmene får råd og hjelp når de gjennomfører anskaffelser på egen hånd.',
        levels: [
          'Medlemmer som kjøper selv, står alene uten maler eller noen å spørre.',
          'Maler er tilgjengelige, men det finnes ingen fast person å spørre om råd.',
          'En støttefunksjon svarer på spørsmål på telefon og e-post og veileder i bruk av maler.',
          'Støttefunksjonen tar også juridiske spørsmål om kontrakter og konkurransegrunnlag og bistår i gjennomføringen.',
          'Bruken av støttefunksjonen følges opp, og vanlige spørsmål blir til nye maler, veiledninger og kurs.',
        ],
      },
      {
        id: 'roller-og-kompetanse-3',
        text: 'Samarbeidet har en plan for å bygge innkjøpskompetanse hos medlemmene, ikke bare i samarbeidet.',
        levels: [
          'Kompetansen ligger hos noen få nøkkelpersoner, og ingen tiltak er rettet mot medlemmene.',
          'Kurs arrangeres av og til, men uten plan eller kobling til medlemmenes behov.',
          'En årlig kompetanseplan gir medlemmene kurs og erfaringsdeling tilpasset rollene deres.',
          'Medlemmenes folk deltar i konkurranser og oppfølging og lærer ved å arbeide side om side med samarbeidet.',
          'Kompetansen måles mot kravene til hver rolle, og planen justeres ut fra resultater og tilbakemeldinger.',
        ],
      },
    ],
    recommendation: {
      text: 'Ta i bruk rollebeskrivelsene med kompetansekrav, og sørg for at alle medlemmer vet hvem de skal kontakte. Etabler en støttefunksjon og la nøkkelpersoner hos medlemmene ta kursene, slik at kompetansen også bygges der.',
      links: [
        {to: handbookPath('roller/'), title: 'Roller og ansvar i innkjøpssamarbeidet'},
        {to: coursePath('innkjopssamarbeid/'), title: 'Innkjøpssamarbeid – grunnkurs'},
        {to: coursePath('anskaffelsesprosessen/'), title: 'Anskaffelsesprosessen fra behov til gevinst'},
      ],
    },
  },
  {
    id: 'teknologi-og-ehandel',
    name: 'Teknologi og e-handel',
    why: 'Samarbeidene bruker elektroniske verktøy i svært ulik grad, og rapporten fant at det var lettere å kontrollere avtalebruken der medlemmene hadde et felles e-handelssystem.',
    statements: [
      {
        id: 'teknologi-og-ehandel-1',
        text: 'Samarbeidet har verktøy for kontraktshåndtering, konkurransegjennomføring og leverandøroppfølging.',
        levels: [
          'Avtaler og dokumenter ligger i e-post og lokale mapper hos enkeltpersoner.',
          'Et verktøy brukes til konkurranser, men avtaler og oppfølging håndteres i regneark.',
          'Et felles kontraktsregister viser alle avtaler med varighet, leverandør, opsjoner og ansvarlig.',
          'Verktøyene dekker hele prosessen, også leverandøroppfølging, og alle medlemmer har tilgang til dem.',
          'Verktøystøtten vurderes jevnlig mot en sjekkliste, og nye behov prioriteres i en felles plan.',
        ],
      },
      {
        id: 'teknologi-og-ehandel-2',
        text: 'Medlemmene bestiller fra avtalene gjennom et felles e-handelssystem.',
        levels: [
          'Bestillinger skjer på telefon, e-post eller i nettbutikker som ikke er knyttet til avtalene.',
          'Noen medlemmer bruker e-handel, men katalogene er ufullstendige og systemene forskjellige.',
          'De fleste medlemmene bruker et felles e-handelssystem med avtalekataloger for de vanligste kategoriene.',
          'Alle medlemmer bestiller gjennom e-handel, og de avtalte prisene er synlige for alle brukere.',
          'Hele flyten fra bestilling til betaling er elektronisk, og dataene brukes aktivt i styringen.',
        ],
      },
      {
        id: 'teknologi-og-ehandel-3',
        text: 'Samarbeidet får jevnlig statistikk over hva medlemmene kjøper, hos hvem og til hvilken pris.',
        levels: [
          'Samarbeidet vet ikke hva medlemmene faktisk kjøper på avtalene.',
          'Leverandørene sender omsetningstall når de blir bedt om det, men tallene sjekkes sjelden.',
          'Statistikk fra leverandører og e-handel samles fast og viser volum per medlem og avtale.',
          'Statistikken sammenstilles med regnskapsdata, slik at også kjøp utenfor avtalene blir synlige.',
          'Oppdaterte innkjøpsanalyser er tilgjengelige for alle medlemmer og brukes i planlegging og oppfølging.',
        ],
      },
    ],
    recommendation: {
      text: 'Gå gjennom sjekklisten for teknologistøtte og prioriter et felles kontraktsregister og e-handel for de avtalene som brukes mest. Da blir det lettere å se hva som bestilles, følge opp prisene og dokumentere besparelser.',
      links: [
        {to: handbookPath('teknologi/'), title: 'Sjekkliste for teknologistøtte'},
        {to: guidePath('ikt'), title: 'IKT – veileder for felles anskaffelser'},
      ],
    },
  },
  {
    id: 'gevinstrealisering-og-rapportering',
    name: 'Gevinstrealisering og rapportering',
    why: 'Lavere kostnader er den viktigste grunnen til å delta, men få samarbeid kan dokumentere besparelser, og rapporten foreslår derfor en felles målemetode, maler og nøkkeltall.',
    statements: [
      {
        id: 'gevinstrealisering-og-rapportering-1',
        text: 'Samarbeidet måler besparelser etter en felles, dokumentert metode.',
        levels: [
          'Alle tror avtalene gir besparelser, men ingen beregner dem eller vet hvor store de er.',
          'Besparelser anslås for enkelte avtaler, men med ulike metoder som ikke kan sammenlignes.',
          'En felles metode med utgangspunkt, beregningsregler og mal brukes for alle nye avtaler.',
          'Både prisbesparelser og andre gevinster, som kvalitet og tidsbruk, måles og dokumenteres for alle avtaler.',
          'Metoden revideres ut fra erfaring, og beregningene kvalitetssikres slik at tallene tåler en ekstern gjennomgang.',
        ],
      },
      {
        id: 'gevinstrealisering-og-rapportering-2',
        text: 'Samarbeidet har nøkkeltall for besparelser og avtalebruk som følges opp jevnlig.',
        levels: [
          'Samarbeidet har ingen nøkkeltall og rapporterer ikke på resultater.',
          'Enkelte tall hentes fram ved behov, for eksempel like før årsmøtet.',
          'Et lite sett nøkkeltall for besparelser og avtalelojalitet er definert og måles fast.',
          'Nøkkeltallene har måltall, rapporteres per medlem og behandles av samarbeidets styringsgruppe.',
          'Nøkkeltallene brukes til å prioritere tiltak, og måltallene justeres ut fra oppnådde resultater.',
        ],
      },
      {
        id: 'gevinstrealisering-og-rapportering-3',
        text: 'Medlemmene får jevnlig en rapport om hva samarbeidet har oppnådd.',
        levels: [
          'Medlemmene får ingen rapport og vet lite om hva samarbeidet leverer.',
          'En årsrapport beskriver aktiviteter, men sier lite om resultater og gevinster.',
          'Medlemmene får en årlig rapport med dokumenterte besparelser, avtalebruk og kvalitet.',
          'Rapporteringen skjer oftere enn årlig og viser resultatene for hvert enkelt medlem.',
          'Rapportene brukes i medlemmenes egen styring, og formatet forbedres etter tilbakemeldinger fra dem.',
        ],
      },
    ],
    recommendation: {
      text: 'Bruk veilederen for måling av besparelser og velg noen få nøkkeltall som alle medlemmer rapporterer på. Begynn med avtalene som har størst volum, og dokumenter besparelsene fortløpende i stedet for å anslå dem i ettertid.',
      links: [
        {to: handbookPath('gevinstmaling/'), title: 'Veileder for måling av besparelser og nøkkeltall'},
        {to: handbookPath('prosess/gevinstrealisering/'), title: 'Gevinstrealisering og rapportering'},
        {to: coursePath('kontraktsoppfolging/'), title: 'Kontraktsoppfølging og gevinstrealisering'},
      ],
    },
  },
  {
    id: 'kommunikasjon-og-forankring',
    name: 'Kommunikasjon og forankring',
    why: 'Kommunene opplevde svak forankring i egen organisasjon og statlige virksomheter svak kommunikasjon som de største svakhetene, og når brukerne ikke kjenner avtalene, blir de heller ikke brukt.',
    statements: [
      {
        id: 'kommunikasjon-og-forankring-1',
        text: 'Alle medlemmer vet hvilke avtaler som finnes, og hvordan de skal brukes.',
        levels: [
          'Avtaler kunngjøres ikke, og brukerne hos medlemmene finner dem tilfeldig eller ikke i det hele tatt.',
          'Nye avtaler sendes på e-post til kontaktpersoner, men når sjelden fram til dem som bestiller.',
          'En oppdatert avtaleoversikt med bruksveiledning er lett tilgjengelig for alle ansatte hos medlemmene.',
          'Hver ny avtale innføres med informasjon tilpasset bestillerne, og kontaktpersonene sprer den internt.',
          'Kjennskapen til avtalene måles hos brukerne, og informasjonen forbedres der kjennskap eller bruk er lav.',
        ],
      },
      {
        id: 'kommunikasjon-og-forankring-2',
        text: 'Deltakelsen i samarbeidet er forankret i ledelsen hos hvert medlem.',
        levels: [
          'Ledelsen hos flere medlemmer kjenner knapt til deltakelsen, og ingen eier den internt.',
          'Ledelsen har vedtatt å delta, men følger ikke med på hvordan deltakelsen fungerer.',
          'Hvert medlem har en navngitt kontaktperson og en leder som eier deltakelsen.',
          'Ledelsen hos medlemmene behandler resultatene fra samarbeidet jevnlig og krever at avtalene brukes.',
          'Samarbeidet inngår i medlemmenes egen styring, og forankringen evalueres sammen med resultatene.',
        ],
      },
      {
        id: 'kommunikasjon-og-forankring-3',
        text: 'Medlemmene har faste kanaler for å gi innspill og påvirke avtalene.',
        levels: [
          'Medlemmene får lite annet enn standardiserte e-poster og blir ikke bedt om innspill.',
          'Medlemsmøter holdes uregelmessig, og små medlemmer opplever at de ikke blir hørt.',
          'Faste møter og høringer før konkurranser gir alle medlemmer mulighet til å påvirke kravene.',
          'Medlemmene deltar i referansegrupper, og samarbeidet forklarer hvordan innspillene er brukt.',
          'Samarbeidet måler medlemmenes tilfredshet jevnlig og endrer arbeidsform og kanaler ut fra svarene.',
        ],
      },
    ],
    recommendation: {
      text: 'Lag en plan for kommunikasjon med avtaleoversikt, faste medlemsmøter og en navngitt kontaktperson hos hvert medlem. Sørg for at ledelsen hos medlemmene får resultatene, slik at deltakelsen får en eier internt.',
      links: [
        {to: handbookPath('mandat/'), title: 'Mandat for innkjøpssamarbeid (beste praksis)'},
        {to: handbookPath('roller/'), title: 'Roller og ansvar i innkjøpssamarbeidet'},
        {to: coursePath('innkjopssamarbeid/'), title: 'Innkjøpssamarbeid – grunnkurs'},
      ],
    },
  },
  {
    id: 'pengestrommer',
    name: 'Pengestrømmer',
    why: 'Et samarbeid kan bare samle volum der det lønner seg hvis det vet hva medlemmene kjøper, og rapporten viser at finansieringen spenner fra kontingent og provisjon til gratis deltakelse.',
    statements: [
      {
        id: 'pengestrommer-1',
        text: 'Samarbeidet har oversikt over medlemmenes samlede innkjøp fordelt på kategori og leverandør.',
        levels: [
          'Ingen har oversikt over hvor mye medlemmene kjøper for, eller hos hvem.',
          'Enkelte medlemmer har egne oversikter, men de er verken samlet eller sammenlignbare.',
          'En felles innkjøpsanalyse basert på regnskapsdata viser volum per kategori, leverandør og medlem.',
          'Analysen oppdateres jevnlig og viser hvor stor del av kjøpene som går gjennom avtalene.',
          'Innkjøpsanalysen styrer hvilke avtaler som prioriteres, og brukes til å følge effekten over tid.',
        ],
      },
      {
        id: 'pengestrommer-2',
        text: 'Finansieringsmodellen er åpen, forstått og oppleves som rettferdig av medlemmene.',
        levels: [
          'Det er uklart hvordan samarbeidet finansieres, og kostnadene fordeles uten faste prinsipper.',
          'Medlemmene betaler kontingent eller provisjon, men vet lite om hva pengene dekker.',
          'Modellen er beskrevet i mandatet og knytter betalingen til størrelse, volum eller deltakelse.',
          'Medlemmene får regnskap for hvordan midlene brukes, sett opp mot tjenestene de mottar.',
          'Modellen evalueres jevnlig mot kostnader og gevinster, og medlemmene ser at deltakelsen lønner seg.',
        ],
      },
      {
        id: 'pengestrommer-3',
        text: 'Samarbeidet vet hvilke kjøp som skjer utenfor avtalene, og hvorfor.',
        levels: [
          'Kjøp utenfor avtalene blir ikke oppdaget og er ikke et tema i samarbeidet.',
          'Lekkasje til andre leverandører er kjent fra enkelttilfeller, men er ikke kartlagt.',
          'Kjøp utenfor avtalene kartlegges for de største avtalene, og årsakene drøftes med medlemmene.',
          'Lekkasjen måles for alle avtaler og følges opp med tiltak hos det enkelte medlem.',
          'Årsakene til lekkasje brukes til å forbedre avtalene, og andelen kjøp utenfor avtale synker.',
        ],
      },
    ],
    recommendation: {
      text: 'Start med en enkel innkjøpsanalyse av medlemmenes regnskapsdata for å se hvor pengene går, og hvor mye som kjøpes utenfor avtalene. Beskriv finansieringsmodellen i mandatet, og vis medlemmene hva de får igjen for det de betaler.',
      links: [
        {to: handbookPath('mandat/'), title: 'Mandat for innkjøpssamarbeid (beste praksis)'},
        {to: handbookPath('prosess/behovskartlegging/'), title: 'Behovskartlegging og analyse'},
        {to: handbookPath('teknologi/'), title: 'Sjekkliste for teknologistøtte'},
      ],
    },
  },
  {
    id: 'leverandormarked',
    name: 'Leverandørmarked',
    why: 'Geografi kan avgjøre hvilke leverandører som kan levere, og flere medlemmer etterlyste lokal tilpasning fordi sentrale avtaler ga sjeldnere leveranser og favoriserte de største kundene.',
    statements: [
      {
        id: 'leverandormarked-1',
        text: 'Samarbeidet kjenner leverandørmarkedet i kategoriene det anskaffer i.',
        levels: [
          'Markedet er ukjent før konkurransen kunngjøres, og tilbudene kommer som en overraskelse.',
          'Kunnskap om markedet finnes hos enkeltpersoner, men blir verken skrevet ned eller delt.',
          'Før hver større konkurranse kartlegges leverandører, kapasitet og prisnivå i en markedsanalyse.',
          'Markedsanalysene samles per kategori, oppdateres jevnlig og deles med medlemmene.',
          'Utviklingen i markedet følges løpende, og innsikten brukes aktivt når strategi og avtaleform velges.',
        ],
      },
      {
        id: 'leverandormarked-2',
        text: 'Samarbeidet har dialog med markedet både før konkurransen og gjennom avtaleperioden.',
        levels: [
          'Samarbeidet snakker ikke med leverandører utenom selve konkurransen.',
          'Markedsdialog skjer av og til, men uten plan eller sikring av likebehandling.',
          'Større anskaffelser har planlagt markedsdialog, for eksempel en dialogkonferanse eller høring av konkurransegrunnlaget.',
          'Det holdes faste oppfølgingsmøter med leverandørene, og innspillene deres brukes til å forbedre avtalen.',
          'Dialogen er systematisk i alle viktige kategorier og bidrar til innovasjon og bedre løsninger.',
        ],
      },
      {
        id: 'leverandormarked-3',
        text: 'Avtalene tar hensyn til geografi, lokale leverandører og behovene til medlemmer i distriktet.',
        levels: [
          'Avtalene utformes uten at avstander, leveringsvilkår eller lokale leverandører blir vurdert.',
          'Geografi vurderes først når medlemmer klager på leveringstid eller manglende service.',
          'Konkurransene tar hensyn til geografi, for eksempel med delkontrakter per område eller krav til leveringstid.',
          'Leveranser til små og desentrale medlemmer følges opp særskilt, så ingen blir nedprioritert.',
          'Erfaringer med geografi og lokale markeder brukes systematisk når avtaler utformes og fornyes.',
        ],
      },
    ],
    recommendation: {
      text: 'Gjør en markedsanalyse før hver større konkurranse, og vurder om delkontrakter eller krav til leveringstid trengs for at medlemmer i distriktet skal bli godt betjent. Kategoriveilederne gir råd om markedet i de ulike kategoriene.',
      links: [
        {to: guidePath(), title: 'Kategoriveiledere'},
        {to: handbookPath('prosess/behovskartlegging/'), title: 'Behovskartlegging og analyse'},
      ],
    },
  },
  {
    id: 'kategoristyring',
    name: 'Kategoristyring',
    why: 'Rapporten viser at kategorier må håndteres ulikt, og at samarbeid lønner seg mest der medlemmene har like krav og markedet er egnet for felles avtaler.',
    statements: [
      {
        id: 'kategoristyring-1',
        text: 'Samarbeidet har vurdert hvilke kategorier som egner seg for felles anskaffelser.',
        levels: [
          'Kategorier tas inn fordi noen ber om det, uten vurdering av om samarbeid passer.',
          'Noen kategorier er vurdert, men uten felles kriterier for likhet i behov og marked.',
          'Hver kategori vurderes etter likhet i krav, volum, marked og kompetansebehov før den tas inn.',
          'Porteføljen er dokumentert, og kategorier som passer dårlig, overlates bevisst til medlemmene selv.',
          'Porteføljen vurderes jevnlig mot resultater og endringer i behov og marked, og justeres deretter.',
        ],
      },
      {
        id: 'kategoristyring-2',
        text: 'De viktigste kategoriene har en skriftlig kategoristrategi.',
        levels: [
          'Det finnes ingen kategoristrategier, og hver avtale fornyes omtrent som den forrige.',
          'Enkelte kategorier har notater om erfaringer, men ingen strategi med mål.',
          'De største kategoriene har strategier som beskriver behov, marked, avtaleform og mål.',
          'Hver strategi har en eier, bygger på kategoriveilederne og følges opp gjennom avtaleperioden.',
          'Alle viktige kategorier har strategier som revideres ut fra resultater og markedsendringer før hver fornyelse.',
        ],
      },
      {
        id: 'kategoristyring-3',
        text: 'Kravspesifikasjonene balanserer standardisering mot medlemmenes ulike behov.',
        levels: [
          'De største medlemmenes behov styrer kravene, og de små får lite å si.',
          'Medlemmene kan kommentere kravene, men innspillene samles ikke inn systematisk.',
          'Behov hentes inn fra alle medlemmer, og kravene skiller tydelig mellom felles krav og valgfrie tillegg.',
          'Referansegrupper med ulike typer medlemmer utformer kravene, og forskjeller løses med delkontrakter eller opsjoner.',
          'Behovsdekningen måles etter hver avtale, og kravene forbedres systematisk ved neste fornyelse.',
        ],
      },
    ],
    recommendation: {
      text: 'Vurder hver kategori etter hvor like medlemmenes behov er og hvordan markedet ser ut, og lag kategoristrategier for de største. Kategoriveilederne viser hvilke hensyn som gjelder i hver kategori.',
      links: [
        {to: guidePath(), title: 'Kategoriveiledere'},
        {to: coursePath('anskaffelsesprosessen/'), title: 'Anskaffelsesprosessen fra behov til gevinst'},
      ],
    },
  },
  {
    id: 'kontroll',
    name: 'Kontroll',
    why: 'Flere samarbeid fant det krevende å sjekke om medlemmene faktisk brukte avtalene og om leverandørene holdt avtalt pris, og ett medlem fikk bedre vilkår først da det fulgte opp prisene selv.',
    statements: [
      {
        id: 'kontroll-1',
        text: 'Samarbeidet kontrollerer jevnlig at leverandørene fakturerer avtalte priser.',
        levels: [
          'Ingen kontrollerer om fakturaene stemmer med prisene som er avtalt.',
          'Prisene sjekkes når et medlem reagerer, men ikke etter noen plan.',
          'Det tas faste stikkprøver av fakturaer mot avtalte priser for de største avtalene.',
          'Priskontroll gjøres for alle avtaler, og feilfakturering kreves tilbakebetalt etter en fast rutine.',
          'Priskontrollen er automatisert gjennom e-handel, og avvik fanges opp før fakturaen betales.',
        ],
      },
      {
        id: 'kontroll-2',
        text: 'Samarbeidet kontrollerer at medlemmene faktisk bruker avtalene de er forpliktet til.',
        levels: [
          'Avtalelojaliteten er ukjent, og det får ingen konsekvenser når avtalene ikke brukes.',
          'Avtalebruken undersøkes sporadisk når det er tid, men funnene følges ikke opp.',
          'Avtalelojaliteten måles fast for hvert medlem ut fra leverandørstatistikk eller data fra e-handel.',
          'Lav avtalelojalitet tas opp med medlemmet, og årsakene dokumenteres og håndteres.',
          'Avtalelojaliteten er høy og stabil, og kontrollen bygger på fullstendige data fra bestilling til betaling.',
        ],
      },
      {
        id: 'kontroll-3',
        text: 'Samarbeidet har internkontroll som sikrer at regelverket og egne rutiner følges.',
        levels: [
          'Det finnes ingen internkontroll, og feil oppdages tilfeldig eller gjennom klager.',
          'Noen rutiner finnes, men ingen kontrollerer om de faktisk blir fulgt.',
          'Sentrale risikoer er kartlagt, og det finnes kontrollpunkter for konkurranse, kontrakt og dokumentasjon.',
          'Kontrollene gjennomføres etter plan, resultatene rapporteres til ledelsen, og avvik får tiltak med frist.',
          'Internkontrollen evalueres hvert år, og funn fra kontroller, revisjon og klager brukes til å forbedre rutinene.',
        ],
      },
    ],
    recommendation: {
      text: 'Innfør faste stikkprøver av fakturerte priser, og mål avtalelojaliteten for hvert medlem, gjerne med data fra e-handel. Registrer funnene som avvik og følg dem opp til de er lukket.',
      links: [
        {to: handbookPath('prosess/avviksrapport'), title: 'Mal for avviksrapport'},
        {to: handbookPath('prosess/kontraktsoppfolging/'), title: 'Kontraktsoppfølging i prosessmalen'},
        {to: coursePath('kontraktsoppfolging/'), title: 'Kontraktsoppfølging og gevinstrealisering'},
      ],
    },
  },
];
