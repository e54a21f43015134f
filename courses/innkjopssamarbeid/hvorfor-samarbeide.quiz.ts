import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'innkjopssamarbeid',
  lessonId: 'hvorfor-samarbeide',
  title: 'Test deg selv: Hvorfor samarbeide?',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'styrke',
      type: 'single',
      text: 'Hva regnes som den viktigste styrken ved et innkjøpssamarbeid, både for kommuner og statlige virksomheter?',
      choices: [
        {
          id: 'a',
          text: 'At medlemmene slipper regelverket for offentlige anskaffelser',
          feedback:
            'Nei. Regelverket gjelder fullt ut også når anskaffelsen gjøres i et samarbeid. Samarbeidet hjelper tvert imot medlemmene med å følge det.',
        },
        {
          id: 'b',
          text: 'Større innkjøpsmakt, som gir bedre betingelser',
          feedback:
            'Riktig. Når flere kjøper sammen, blir volumet større, og leverandørene kan tilby bedre priser og vilkår.',
        },
        {
          id: 'c',
          text: 'At hvert medlem får sin egen, skreddersydde avtale',
          feedback:
            'Nei. Poenget er felles avtaler. At avtalene ikke alltid passer alle medlemmer, er tvert imot en av svakhetene.',
        },
        {
          id: 'd',
          text: 'At besparelsene alltid blir dokumentert',
          feedback: 'Nei. Kartleggingen viser at svært få kan dokumentere besparelsene sine.',
        },
      ],
      correct: 'b',
      explanation:
        'Større innkjøpsmakt og bedre betingelser er den viktigste styrken. I tillegg verdsetter mange tilgangen til et kompetent fagmiljø og avlastningen når avtaler skal inngås.',
    },
    {
      id: 'smaa',
      type: 'single',
      text: 'Hvorfor kan en liten kommune få mer ut av et samarbeid enn en stor kommune?',
      choices: [
        {
          id: 'a',
          text: 'Fordi små kommuner får mer å si om kravspesifikasjonen',
          feedback:
            'Nei. Det er omvendt: Små kommuner forteller at de har lite de skulle ha sagt, og at de store medlemmenes behov veier tyngst.',
        },
        {
          id: 'b',
          text: 'Fordi leverandørene er pålagt å prioritere de små medlemmene',
          feedback:
            'Nei. Det finnes ingen slik plikt. Rapporten peker snarere på at leverandører kan prioritere de store og sentrale medlemmene.',
        },
        {
          id: 'c',
          text: 'Fordi samarbeidet øker det relative volumet mest for dem',
          feedback:
            'Riktig. For en liten kommune blir volumet mye større i fellesskap, mens en stor kommune allerede har et stort volum.',
        },
      ],
      correct: 'c',
      explanation:
        'Effekten på innkjøpsmakten er størst der samarbeidet øker volumet mest. En stor kommune som allerede står for mye av volumet, vinner mindre. For mindre kommuner kan også juridisk bistand når avtalene inngås og tilgang til maler bety ekstra mye.',
    },
    {
      id: 'hvorfor',
      type: 'multiple',
      text: 'Hva kan en virksomhet få ut av å være med i et innkjøpssamarbeid? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Tilgang til et kompetent innkjøpsfaglig miljø'},
        {id: 'b', text: 'Avlastning når avtaler skal inngås'},
        {id: 'c', text: 'Juridisk bistand når avtaler inngås gjennom samarbeidet'},
        {
          id: 'd',
          text: 'Fritak fra å følge opp avtalene i egen virksomhet',
          feedback:
            'Nei. Medlemmet må fortsatt sørge for at avtalene blir kjent og brukt internt. Svak forankring i egen virksomhet er en av de største svakhetene.',
        },
        {
          id: 'e',
          text: 'Dokumenterte besparelser som samarbeidet regner ut for hver avtale',
          feedback:
            'Nei. Kartleggingen viser at få kan vise til dokumenterte besparelser. Det må samarbeidet og medlemmene jobbe med selv.',
        },
        {id: 'f', text: 'Kontraktsmaler som noen også bruker i egne anskaffelser'},
      ],
      correct: ['a', 'b', 'c', 'f'],
      explanation:
        'Samarbeidet gir et fagmiljø, avlastning og juridisk bistand når avtalene inngås, og noen små kommuner bruker malene også når de kjøper inn på egen hånd. Mange etterlyser likevel juridisk kompetanse når de selv skal lage kontrakter og konkurransegrunnlag. Og jobben med å gjøre avtalene kjent og brukt i egen virksomhet forsvinner ikke.',
    },
    {
      id: 'kompetanse',
      type: 'truefalse',
      text: 'Påstand: Når samarbeidet tar seg av avtalene, er det ingen risiko for at innkjøpskompetansen i egen virksomhet blir svakere.',
      correct: false,
      explanation:
        'Usant. Rapporten advarer om at kompetansen hos medlemmene kan bli svakere når samarbeidet gjør jobben. Da blir det vanskeligere å gjennomføre en anskaffelse alene når det trengs.',
    },
    {
      id: 'dokumentert',
      type: 'truefalse',
      text: 'Påstand: Mange deltar i et samarbeid for å spare penger, men få kan vise til dokumenterte besparelser.',
      correct: true,
      explanation:
        'Sant. Kostnadsbesparelser er det flest trekker fram som viktigst, men bare en liten andel har dokumentert dem. Vanskelig måling, lang tid før effekten kommer, lite tid til oppfølging og svake systemer er forklaringene som går igjen.',
    },
    {
      id: 'svakheter',
      type: 'matching',
      text: 'Koble hver svakhet til det typiske tegnet på den.',
      pairs: [
        {
          id: 'forankring',
          left: 'Svak forankring i egen virksomhet',
          right: 'Samarbeidet har informert, men avtalene er ukjente blant bestillerne hos medlemmet',
        },
        {
          id: 'ressurser',
          left: 'Ressursmangel i samarbeidet',
          right: 'Samarbeidet har for få folk til å følge opp om avtalene blir brukt',
        },
        {
          id: 'kommunikasjon',
          left: 'Svak kommunikasjon fra samarbeidet',
          right: 'Medlemmet hører lite fra samarbeidet utover standard e-poster',
        },
        {
          id: 'behov',
          left: 'Manglende forståelse for virksomhetens behov',
          right: 'Avtalen passer de store medlemmene, men ikke de små',
        },
      ],
      explanation:
        'Tegnene skiller seg på hvor svikten ligger: hos medlemmet selv (forankring), i kapasiteten i samarbeidet (ressursmangel), i det samarbeidet forteller medlemmene (kommunikasjon) eller i hvordan avtalen passer (behov). Svakhetene kan likevel henge sammen, for eksempel når et samarbeid med for få folk også kommuniserer lite.',
    },
  ],
};

export default quiz;
