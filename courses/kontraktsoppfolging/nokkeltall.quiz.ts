import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';
import {getKpi} from '@site/src/data/kpis';

const quiz: Quiz = {
  courseId: 'kontraktsoppfolging',
  lessonId: 'nokkeltall',
  title: 'Test deg selv: Nøkkeltall',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'q1',
      type: 'matching',
      text: 'Koble hvert nøkkeltall til det det måler.',
      pairs: [
        {
          id: 'andel',
          left: getKpi('andel-under-avtale').name,
          right: 'Kjøp fra leverandører med gjeldende avtale, delt på alle kjøp i perioden',
        },
        {
          id: 'lojalitet',
          left: getKpi('avtalelojalitet').name,
          right: 'Kjøp hos avtaleleverandøren, delt på alle kjøp av det avtalen dekker',
        },
        {
          id: 'besparelse',
          left: getKpi('realisert-mot-estimert-besparelse').name,
          right: 'Besparelse beregnet med faktiske volumer, delt på besparelsen som ble anslått ved tildeling',
        },
        {
          id: 'prisavvik',
          left: getKpi('prisavvik').name,
          right: 'Fakturalinjer med feil pris, delt på kontrollerte fakturalinjer',
        },
        {
          id: 'avvik',
          left: getKpi('avvik-meldt-og-lukket').name,
          right: 'Meldte og lukkede avvik i perioden og tiden det tok å lukke dem',
        },
        {
          id: 'leverandor',
          left: getKpi('leveranseevne').name,
          right: 'Leveranser til avtalt tid og i avtalt kvalitet, delt på alle leveranser',
        },
      ],
      explanation:
        'Hvert nøkkeltall svarer på sitt eget spørsmål: hvor mye som er dekket av avtaler, om avtalene brukes, om gevinsten kommer, om prisene stemmer, om avvik følges opp og om leverandøren leverer.',
    },
    {
      id: 'q2',
      type: 'single',
      text: 'Et samarbeid vil vite om medlemmene handler på avtalene i de kategoriene der det allerede finnes en avtale. Hvilket nøkkeltall passer best?',
      choices: [
        {
          id: 'a',
          text: `${getKpi('andel-under-avtale').name}.`,
          feedback:
            'Dette tallet ser på alle kjøp, også kjøp der det ikke finnes noen avtale. Det svarer på et annet spørsmål.',
        },
        {
          id: 'b',
          text: `${getKpi('avtalelojalitet').name}.`,
          feedback: 'Riktig. Avtalelojalitet ser bare på kjøp innenfor det avtalen dekker.',
        },
        {
          id: 'c',
          text: `${getKpi('leveranseevne').name}.`,
          feedback: 'Leveranseevnen måler leverandøren, ikke hvordan medlemmene handler.',
        },
        {
          id: 'd',
          text: `${getKpi('avvik-meldt-og-lukket').name}.`,
          feedback: 'Avvikstallet viser oppfølgingen av avvik, ikke hvor mye medlemmene bruker avtalene.',
        },
      ],
      correct: 'b',
      explanation:
        'Avtalelojalitet måler kjøp hos avtaleleverandøren som andel av alle kjøp av det avtalen dekker. Andel under avtale ser på hele forbruket og viser heller om det trengs flere avtaler.',
    },
    {
      id: 'q3',
      type: 'multiple',
      text: 'Hva bør være bestemt for hvert nøkkeltall før dere begynner å måle? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'En definisjon av hva som teller med.'},
        {id: 'b', text: 'Hvilken datakilde tallet hentes fra.'},
        {id: 'c', text: 'Hvor ofte tallet skal måles og rapporteres.'},
        {
          id: 'd',
          text: 'Et måltall hentet fra kartleggingen.',
          feedback:
            'Kartleggingen gir ingen måltall for disse nøkkeltallene. Bruk den første målingen som utgangspunkt.',
        },
        {
          id: 'e',
          text: 'Hvilket medlem som skal få skylden hvis tallet blir lavt.',
          feedback: 'Nøkkeltall skal vise hvor oppfølgingen trengs, ikke fordele skyld.',
        },
      ],
      correct: ['a', 'b', 'c'],
      explanation:
        'Et nøkkeltall trenger en definisjon, en formel, en datakilde og en fast hyppighet. Bare da blir målingene sammenlignbare over tid og mellom medlemmer.',
    },
    {
      id: 'q4',
      type: 'truefalse',
      text: 'Påstand: Kartleggingen gir faste måltall for avtalelojalitet og avvik som samarbeidet kan sammenligne seg med.',
      correct: false,
      explanation:
        'Kartleggingen anbefaler å måle og rapportere med nøkkeltall, men gir ingen måltall eller sammenligningstall. Samarbeidet må selv sette mål, gjerne med den første målingen som utgangspunkt.',
    },
    {
      id: 'q5',
      type: 'ordering',
      text: 'Sett trinnene for å innføre et nytt nøkkeltall i riktig rekkefølge.',
      items: [
        {id: 'sporsmal', text: 'Bestem hvilket spørsmål nøkkeltallet skal svare på.'},
        {id: 'definer', text: 'Skriv definisjonen og formelen i ord.'},
        {id: 'data', text: 'Finn datakilden og sjekk at dataene er gode nok.'},
        {id: 'utgangspunkt', text: 'Gjør den første målingen og bruk den som utgangspunkt.'},
        {id: 'rapporter', text: 'Rapporter jevnlig og knytt tallet til tiltak.'},
      ],
      explanation:
        'Først må dere vite hva dere vil vite, så definere tallet og finne data. Den første målingen blir utgangspunktet, og deretter rapporterer dere jevnlig og handler på tallene.',
    },
    {
      id: 'q6',
      type: 'single',
      text: 'Hvorfor er det nyttig å sammenligne realisert besparelse med besparelsen som ble anslått ved tildelingen?',
      choices: [
        {
          id: 'a',
          text: 'Fordi det viser om gevinsten fra tildelingen faktisk blir tatt ut.',
          feedback: 'Riktig. Forskjellen viser om noe hindrer gevinsten, for eksempel lav lojalitet eller feil priser.',
        },
        {
          id: 'b',
          text: 'Fordi anslaget da kan rapporteres som en dokumentert besparelse.',
          feedback:
            'Et anslag er ikke en dokumentert besparelse. Det er nettopp derfor det må sammenlignes med faktiske tall.',
        },
        {
          id: 'c',
          text: 'Fordi leverandøren krever sammenligningen i kontrakten.',
          feedback: 'Sammenligningen gjøres for samarbeidets egen oppfølging, ikke fordi leverandøren krever den.',
        },
        {
          id: 'd',
          text: 'Fordi det gjør det unødvendig å følge med på avtalelojaliteten etterpå.',
          feedback: 'Tvert imot: Lav lojalitet er ofte forklaringen når realisert besparelse blir lavere enn anslått.',
        },
      ],
      correct: 'a',
      explanation:
        'Anslaget ved tildeling bygger på forventet volum. Realisert besparelse bygger på faktiske kjøp. Forskjellen viser om gevinsten blir tatt ut, og peker på hva som må følges opp.',
    },
  ],
};

export default quiz;
