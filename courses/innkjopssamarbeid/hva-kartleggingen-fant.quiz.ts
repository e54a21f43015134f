import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'innkjopssamarbeid',
  lessonId: 'hva-kartleggingen-fant',
  title: 'Test deg selv: Hva kartleggingen fant',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'begrensning',
      type: 'single',
      text: 'Hvorfor bør tallene fra kartleggingen leses med en viss forsiktighet?',
      choices: [
        {
          id: 'a',
          text: 'Fordi rapporten bare bygger på intervjuer med noen få kommuner',
          feedback: 'Nei. Kartleggingen bygger på en spørreundersøkelse, dybdeintervjuer og søk på internett.',
        },
        {
          id: 'b',
          text: 'Fordi svarprosenten var lav, så noen samarbeid kan være oversett',
          feedback:
            'Riktig. Rapporten sier selv at den er en grovkartlegging, og at ikke alle samarbeid nødvendigvis er fanget opp.',
        },
        {
          id: 'c',
          text: 'Fordi bare statlige virksomheter svarte på spørreundersøkelsen',
          feedback: 'Nei. Tvert imot kom de fleste svarene fra kommunal sektor.',
        },
        {
          id: 'd',
          text: 'Fordi undersøkelsen var anonym, så svarene ikke kunne kontrolleres',
          feedback: 'Nei. Undersøkelsen var ikke anonym, nettopp for at samarbeidene skulle kunne identifiseres.',
        },
      ],
      correct: 'b',
      explanation:
        'Få av dem som ble kontaktet, svarte, virksomheter i flere samarbeid kunne bare svare generelt, og intervjuene utdypet svarene mer enn de ga nye vinklinger.',
    },
    {
      id: 'hovedfunn',
      type: 'multiple',
      text: 'Hvilke av disse er hovedfunn i kartleggingen? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'De aller fleste kommuner er med i minst ett innkjøpssamarbeid'},
        {id: 'b', text: 'Kontraktsoppfølgingen er et svakt punkt i mange samarbeid'},
        {id: 'c', text: 'Få kan dokumentere besparelsene fra samarbeidet'},
        {
          id: 'd',
          text: 'Små medlemmer opplever at de har stor innflytelse på kravspesifikasjonen',
          feedback:
            'Nei. Det er omvendt: Små kommuner forteller at de har lite de skulle ha sagt, og at de store medlemmenes behov veier tyngst.',
        },
        {
          id: 'e',
          text: 'Samarbeidene har ingen betydning for kvaliteten på innkjøpene',
          feedback:
            'Nei. Mange, særlig kommuner, mener at samarbeidet gir bedre kvalitet fordi avtalene inngås på bedre premisser og i tråd med regelverket.',
        },
      ],
      correct: ['a', 'b', 'c'],
      explanation:
        'Samarbeid er utbredt og gir kompetanse og kvalitet, men kontraktsoppfølgingen er svak, små medlemmer blir ikke alltid hørt, og gevinstene dokumenteres sjelden.',
    },
    {
      id: 'difi',
      type: 'truefalse',
      text: 'Påstand: Tiltakene i Vedlegg 3 er ferdige krav som alle innkjøpssamarbeid må følge.',
      correct: false,
      explanation:
        'Usant. Tiltakene er forslag som Difi kan vurdere videre. De er skrevet generelt og må prioriteres etter nytte og hvor krevende de er. Flere av dem kan likevel tas i bruk av samarbeidene og medlemmene selv.',
    },
    {
      id: 'vent',
      type: 'truefalse',
      text: 'Påstand: Et medlem kan selv gjøre mye for å få mer ut av samarbeidet, uten å vente på nye veiledere.',
      correct: true,
      explanation:
        'Sant. Du kan forankre samarbeidet internt, melde inn behov tidlig, gjøre avtalene kjent, følge med på priser og måle før og etter.',
    },
    {
      id: 'tiltak',
      type: 'matching',
      text: 'Koble hvert område i Vedlegg 3 til et tiltak rapporten foreslår der.',
      pairs: [
        {id: 'strategi', left: 'Strategi', right: 'Et mandat etter beste praksis for samarbeidet'},
        {id: 'organisering', left: 'Organisering', right: 'En modenhetsanalyse tilpasset innkjøpssamarbeid'},
        {id: 'prosess', left: 'Prosess', right: 'Veiledere for hver innkjøpskategori'},
        {id: 'roller', left: 'Roller', right: 'Maler for roller og ansvar med krav til kompetanse'},
        {id: 'teknologi', left: 'Teknologi', right: 'Et felles e-handelsverktøy for medlemmene'},
      ],
      explanation:
        'Rapporten ordner tiltakene i fem områder. Hvert tiltak svarer på et problem i funnene, for eksempel uklare roller eller dårlig oversikt over hva medlemmene bestiller.',
    },
    {
      id: 'gevinst',
      type: 'ordering',
      text: 'Sett trinnene i riktig rekkefølge for å kunne dokumentere gevinsten av en ny felles avtale.',
      items: [
        {id: 'utgangspunkt', text: 'Noter prisene og betingelsene dere har i dag, før konkurransen starter'},
        {id: 'kjent', text: 'Gjør den nye avtalen kjent for bestillerne'},
        {id: 'bruk', text: 'Følg med på om avtalen blir brukt, og om prisene stemmer'},
        {id: 'beregn', text: 'Sammenlign med utgangspunktet og beregn gevinsten'},
        {id: 'rapporter', text: 'Rapporter resultatet til ledelsen og til samarbeidet'},
      ],
      explanation:
        'Uten et utgangspunkt har du ingenting å måle mot. Deretter må avtalen bli brukt og fulgt opp før gevinsten kan beregnes og rapporteres.',
    },
  ],
};

export default quiz;
