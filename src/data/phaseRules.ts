/**
 * What the procurement rules require in each phase of the process template,
 * shown on the phase pages and in their Word files under «Dette krever
 * regelverket». Each duty names where it is stated and the Regelverk page that
 * explains it; the facts are those of the Regelverk pages, whose sources were
 * checked 2026-12-01 in stored copies.
 */
import {legalFigure} from './legalFigures';
import type {PhaseId} from './process';
import {handbookPath} from './routes';
import {FRAMEWORK_MAX_YEARS} from './procurementRules';

export type DutySource = {label: string; url: string};

export type PhaseDuty = {
  id: string;
  /** The duty in one or two sentences, written for the portal. */
  duty: string;
  /** Where the duty is stated: the act or regulation and section, a court or KOFA case, or official guidance. */
  legalSources: readonly DutySource[];
  /** The Regelverk page, and section, that explains the duty. */
  regelverkRoute: string;
  /** The link text for that page. */
  regelverkTitle: string;
};

export const PHASE_RULES_CHECKED = '2026-12-01';

/** Shown above the duties on every phase page and in its Word file. */
export const PHASE_RULES_INTRO =
  'Dette er pliktene fra anskaffelsesregelverket som hører til fasen. Mange av dem gjelder bare over en terskelverdi, så finn først ut hvilken del av anskaffelsesforskriften anskaffelsen følger.';

const FOA = 'https://lovdata.no/forskrift/2016-08-12-974/';
const foa = (section: string, label = `anskaffelsesforskriften § ${section}`): DutySource => ({
  label,
  url: `${FOA}§${section}`,
});
const loa = (section: string): DutySource => ({
  label: `anskaffelsesloven § ${section}`,
  url: `https://lovdata.no/lov/2016-06-17-73/§${section}`,
});

const LONN: DutySource = {
  label: 'forskrift om lønns- og arbeidsvilkår i offentlige kontrakter',
  url: 'https://lovdata.no/dokument/SF/forskrift/2008-02-08-112',
};
const C_23_20: DutySource = {
  label: 'EU-domstolen, C-23/20 Simonsen & Weel',
  url: 'https://eur-lex.europa.eu/legal-content/DA/TXT/HTML/?uri=CELEX:62020CJ0023&from=GA',
};
const KOFA_2015_65: DutySource = {
  label: 'KOFA-sak 2015/65',
  url: 'http://docplayer.me/3274058-Klagenemnda-for-offentlige-anskaffelser.html',
};

const page = (path: string, title: string) => (anchor?: string) => ({
  regelverkRoute: handbookPath(`regelverk/${path}${anchor ? `#${anchor}` : ''}`),
  regelverkTitle: title,
});
const overview = page('', 'Regelverket: oversikt');
const value = page('verdi-og-terskelverdier/', 'Verdi og terskelverdier');
const procedures = page('prosedyrer-og-kunngjoring/', 'Prosedyrer og kunngjøring');
const qualification = page('kvalifikasjon-og-tildeling/', 'Kvalifikasjon, avvisning og tildeling');
const afterAward = page('etter-tildeling/', 'Etter tildelingen');
const cooperation = page('samarbeid/', 'Regler for innkjøpssamarbeid');

const MAX_VOLUME_ANCHOR = 'dommene-om-maksimal-mengde-c-21617-og-c-2320';

export const PHASE_RULES: Readonly<Record<PhaseId, readonly PhaseDuty[]>> = {
  behovskartlegging: [
    {
      id: 'alle-medlemmer-i-verdien',
      duty: 'Få med behovet til alle medlemmene som skal kunne bruke avtalen. Det er den samlede verdien for alle som skal kjøpe på avtalen, som avgjør hvilke regler som gjelder, og kjøpet kan ikke deles opp for å komme under en terskelverdi.',
      legalSources: [foa('5-4')],
      ...value('slik-anslår-du-verdien'),
    },
    {
      id: 'hvem-er-med',
      duty: 'Finn ut nå hvilke medlemmer som vil være med. Bare de som er parter i den kunngjorte rammeavtalen, kan gjøre avrop på den. Et medlem som vil slutte seg til senere uten grunnlag i avtalen, gjør en ulovlig direkte anskaffelse.',
      legalSources: [KOFA_2015_65],
      ...cooperation('nye-medlemmer'),
    },
    {
      id: 'miljo-fra-start',
      duty: 'Ta med klima og miljø allerede når behovet beskrives. Anskaffelsene skal innrettes slik at de bidrar til å redusere skadelig miljøpåvirkning og fremme klimavennlige løsninger der det er relevant.',
      legalSources: [loa('5')],
      ...overview('de-grunnleggende-prinsippene'),
    },
  ],
  planlegging: [
    {
      id: 'anslaa-verdien',
      duty: 'Anslå hva anskaffelsen vil koste i alt, uten merverdiavgift, for alle medlemmene og hele kontraktsperioden med opsjoner og forlengelser. Skriv ned hvordan dere kom fram til anslaget.',
      legalSources: [foa('5-4')],
      ...value('slik-anslår-du-verdien'),
    },
    {
      id: 'velg-del',
      duty: 'Bruk anslaget til å finne ut om anskaffelsen følger del I, del II eller del III av forskriften. Del I gjelder alltid, del II fra nasjonal terskelverdi og del III over EØS-terskelverdiene.',
      legalSources: [foa('5-1'), foa('5-3')],
      ...overview('tre-deler-av-forskriften'),
    },
    {
      id: 'velg-prosedyre',
      duty: 'Velg prosedyre. Over EØS-terskelverdiene kan dere alltid bruke åpen eller begrenset anbudskonkurranse. Konkurranse med forhandling og de andre prosedyrene kan bare brukes når vilkårene i forskriften kapittel 13 er oppfylt.',
      legalSources: [foa('13-2'), foa('13-3'), foa('13-4')],
      ...procedures('del-iii-anbudskonkurranse-og-andre-prosedyrer'),
    },
    {
      id: 'hvem-er-oppdragsgiver',
      duty: 'Avklar hvem som er oppdragsgiver: samarbeidet som innkjøpssentral for medlemmene, eller medlemmene sammen i en felles anskaffelse. Det avgjør hvem som svarer for at reglene følges, og hvem som behandler klager.',
      legalSources: [foa('7-8'), foa('4-3')],
      ...cooperation('hvem-er-oppdragsgiver'),
    },
    {
      id: 'rammeavtalens-varighet',
      duty: `Planlegg varigheten. En rammeavtale kan som hovedregel vare i høyst ${FRAMEWORK_MAX_YEARS} år.`,
      legalSources: [
        foa('11-1', 'anskaffelsesforskriften § 11-1 fjerde ledd (del II)'),
        foa('26-1', 'anskaffelsesforskriften § 26-1 fjerde ledd (del III)'),
      ],
      ...cooperation('rammeavtaler'),
    },
    {
      id: 'endringsklausul',
      duty: 'Tenk gjennom hvilke endringer avtalen må tåle, for eksempel nye medlemmer etter en kommunesammenslåing. En endringsklausul må si klart hvilke endringer som kan gjøres, i hvilket omfang og på hvilke vilkår.',
      legalSources: [foa('19-1', 'anskaffelsesforskriften § 19-1 annet ledd')],
      ...cooperation('endringer-i-kontrakten-underveis'),
    },
  ],
  konkurranse: [
    {
      id: 'kunngjoring',
      duty: 'Over nasjonal terskelverdi skal konkurransen som hovedregel kunngjøres på Doffin. Over EØS-terskelverdiene skal den også kunngjøres i TED, og fristene regnes fra dagen kunngjøringen sendes dit.',
      legalSources: [foa('8-17'), foa('21-1'), foa('21-2')],
      ...procedures('kunngjøring-på-doffin-og-i-ted'),
    },
    {
      id: 'frister',
      duty: 'Gi leverandørene frister de kan overholde. I del II må fristen være rimelig ut fra hvor sammensatt kontrakten er. I del III har forskriften faste minimumsfrister i kapittel 20.',
      legalSources: [foa('7-6', 'anskaffelsesforskriften § 7-6 og kapittel 20')],
      ...procedures('del-ii-tilbudskonkurranse'),
    },
    {
      id: 'espd',
      duty: 'Over EØS-terskelverdiene skal leverandørene levere det europeiske egenerklæringsskjemaet (ESPD). Under EØS-terskelverdiene er skjemaet frivillig.',
      legalSources: [foa('17-1')],
      ...qualification('espd-og-kontroll-av-leverandører'),
    },
    {
      id: 'kvalifikasjonskrav',
      duty: 'Still kvalifikasjonskrav som står i forhold til det som skal leveres, og si hvilken dokumentasjon dere krever. En leverandør som ikke oppfyller kravene, skal avvises.',
      legalSources: [loa('4')],
      ...qualification('kvalifikasjonskrav'),
    },
    {
      id: 'tildelingskriterier-og-klima',
      duty: `Oppgi tildelingskriteriene og vektingen før fristen. Klima- og miljøhensyn skal som hovedregel vektes med minst ${legalFigure('klima-og-miljo-vekting').text}, eller ivaretas med krav i kravspesifikasjonen når det klart gir bedre klima- og miljøeffekt og dere begrunner det.`,
      legalSources: [foa('7-9')],
      ...qualification('klima-og-miljø'),
    },
    {
      id: 'lonns-og-arbeidsvilkar',
      duty: 'Kjøper dere tjenester eller bygge- og anleggsarbeid, skal kunngjøringen eller konkurransegrunnlaget over forskriftens beløpsgrenser si at kontrakten vil ha krav om lønns- og arbeidsvilkår, dokumentasjon og sanksjoner.',
      legalSources: [LONN],
      ...qualification('lønns--og-arbeidsvilkår'),
    },
    {
      id: 'maksimal-verdi',
      duty: 'For en rammeavtale skal kunngjøringen oppgi anslått og største mengde eller verdi. Regn med behovet til alle medlemmene som kan bruke avtalen.',
      legalSources: [C_23_20],
      ...cooperation(MAX_VOLUME_ANCHOR),
    },
  ],
  tildeling: [
    {
      id: 'habilitet',
      duty: 'Alle som evaluerer, også fagfolk fra medlemmene og innleide konsulenter, må være habile etter forvaltningsloven §§ 6 til 10. Be dem erklære bindinger til leverandørene før de ser tilbudene.',
      legalSources: [foa('7-5')],
      ...cooperation('habilitet-i-evalueringen'),
    },
    {
      id: 'avvisning',
      duty: 'Avvis leverandører og tilbud når forskriften krever det, for eksempel når tilbudet kom for sent, og skriv begrunnelsen i protokollen.',
      legalSources: [
        {
          label: 'anskaffelsesforskriften, reglene om avvisning i del II og del III',
          url: 'https://lovdata.no/dokument/SF/forskrift/2016-08-12-974',
        },
      ],
      ...qualification('avvisning'),
    },
    {
      id: 'protokoll',
      duty: 'Før protokoll mens arbeidet pågår: valg av prosedyre, hvem som deltok, hvem som ble avvist og hvorfor, og hvordan tilbudene ble vurdert.',
      legalSources: [foa('7-1'), foa('10-5'), foa('25-5')],
      ...afterAward('protokoll'),
    },
    {
      id: 'tildelingsbeslutning',
      duty: 'Etter del II og del III skal alle berørte leverandører få skriftlig melding om hvem som får kontrakten, samtidig og før kontrakten inngås. Meldingen skal begrunne valget og angi karensperioden.',
      legalSources: [foa('10-1'), foa('25-1')],
      ...afterAward('tildelingsbeslutning-og-begrunnelse'),
    },
    {
      id: 'karensperiode',
      duty: 'Kontrakten kan ikke inngås før karensperioden er ute. I del II skal perioden være rimelig. I del III har forskriften faste minimumsperioder og unntak, blant annet for kontrakter under en rammeavtale som allerede er inngått.',
      legalSources: [foa('4-5', 'anskaffelsesforskriften § 4-5 bokstav g'), foa('10-2'), foa('25-2')],
      ...afterAward('karensperiode'),
    },
    {
      id: 'innsyn',
      duty: 'Tilbud og protokoll kan unntas fra innsyn til valget av leverandør er gjort. Opplysninger som er forretningshemmeligheter, har dere taushetsplikt om, også etterpå.',
      legalSources: [
        {label: 'offentleglova § 23 tredje ledd', url: 'https://lovdata.no/lov/2006-05-19-16/§23'},
        foa('7-4'),
      ],
      ...afterAward('innsyn-og-forretningshemmeligheter'),
    },
  ],
  implementering: [
    {
      id: 'bare-partene',
      duty: 'Gjør avtalen tilgjengelig for de medlemmene som er parter i den kunngjorte rammeavtalen. Et nytt medlem kan ikke slutte seg til uten grunnlag i avtalen.',
      legalSources: [KOFA_2015_65],
      ...cooperation('nye-medlemmer'),
    },
    {
      id: 'avrop',
      duty: 'Lær bestillerne å gjøre avrop etter vilkårene i rammeavtalen. Med flere leverandører skjer tildelingen enten direkte etter vilkårene i avtalen, for eksempel en fordelingsnøkkel, eller ved en minikonkurranse blant alle leverandørene på avtalen.',
      legalSources: [
        {
          label: 'DFØ: Korleis inngå rammeavtalar',
          url: 'https://www.anskaffelser.no/avtaler-og-regelverk/rammeavtaler/korleis-innga-rammeavtalar',
        },
      ],
      ...cooperation('rammeavtaler'),
    },
    {
      id: 'ehf-faktura',
      duty: 'Sett opp mottak av elektronisk faktura i EHF. Offentlige oppdragsgivere skal kreve EHF-faktura i anskaffelser som startet etter 2. april 2019.',
      legalSources: [
        {
          label: 'forskrift om elektronisk faktura i offentlige anskaffelser (omtalt av DFØ)',
          url: 'https://www.anskaffelser.no/nyhet/2019/04/offentlige-virksomheter-skal-kreve-e-faktura',
        },
      ],
      ...cooperation('ehf-og-peppol-for-bestilling-og-faktura'),
    },
  ],
  kontraktsoppfolging: [
    {
      id: 'kontraktsendringer',
      duty: 'Vurder hver endring i kontrakten før den avtales. Vesentlige endringer krever ny konkurranse. Endringer etter en klar endringsklausul og endringer som ikke er vesentlige, er tillatt.',
      legalSources: [foa('11-2'), foa('28-1'), foa('28-2')],
      ...cooperation('endringer-i-kontrakten-underveis'),
    },
    {
      id: 'kontroll-lonns-og-arbeidsvilkar',
      duty: 'Følg opp kravene til lønns- og arbeidsvilkår i kontraktsperioden, og kontroller at leverandøren og underleverandørene holder dem.',
      legalSources: [LONN],
      ...qualification('lønns--og-arbeidsvilkår'),
    },
    {
      id: 'taket-i-avtalen',
      duty: 'Følg med på forbruket mot den største mengden eller verdien som ble kunngjort. Når taket er nådd, har rammeavtalen ikke lenger virkning, så en ny avtale må være klar før det.',
      legalSources: [C_23_20],
      ...cooperation(MAX_VOLUME_ANCHOR),
    },
  ],
  gevinstrealisering: [
    {
      id: 'forbruk-mot-anslag',
      duty: 'Mål forbruket for alle medlemmene samlet og sammenlign det med anslått og største mengde eller verdi i kunngjøringen. Tallene viser når dere må starte en ny konkurranse.',
      legalSources: [C_23_20],
      ...cooperation(MAX_VOLUME_ANCHOR),
    },
    {
      id: 'rapporter-og-innsyn',
      duty: 'Rapportene er som hovedregel åpne for innsyn. Hold tilbake opplysninger om leverandørene som er forretningshemmeligheter, når dere deler rapportene.',
      legalSources: [{label: 'offentleglova § 3', url: 'https://lovdata.no/lov/2006-05-19-16/§3'}, foa('7-4')],
      ...afterAward('innsyn-og-forretningshemmeligheter'),
    },
  ],
  evaluering: [
    {
      id: 'arkiv',
      duty: `Ta vare på dokumentasjonen. Riksrevisjonen har lagt til grunn at en statlig oppdragsgiver må oppbevare avtalen og grunnlagsdokumentene i minst ${legalFigure('oppbevaring-statlig').text} og så lenge det kommer utgifter, for rammeavtaler så lenge det kan gjøres avrop. Kommuner bør sjekke egen arkivplan.`,
      legalSources: [
        {
          label: 'Riksrevisjonens brev 27. august 2010, gjengitt av DFØ: Krav til arkivering',
          url: 'https://anskaffelser.no/nn/avtaler-og-regelverk/innsyn-og-offentleghet/krav-til-arkivering',
        },
      ],
      ...afterAward('protokoll'),
    },
    {
      id: 'ny-konkurranse-i-tide',
      duty: `Start neste konkurranse i god tid. En rammeavtale kan som hovedregel vare i høyst ${FRAMEWORK_MAX_YEARS} år, og et kjøp som skulle vært kunngjort, men ikke ble det, er en ulovlig direkte anskaffelse som KOFA kan ilegge overtredelsesgebyr for.`,
      legalSources: [
        foa('11-1', 'anskaffelsesforskriften § 11-1 fjerde ledd (del II)'),
        foa('26-1', 'anskaffelsesforskriften § 26-1 fjerde ledd (del III)'),
        {
          label: 'Klagenemndssekretariatet om KOFA',
          url: 'https://www.klagenemndssekretariatet.no/klagenemnda-for-offentlige-anskaffelser/',
        },
      ],
      ...afterAward('kofa'),
    },
  ],
};
