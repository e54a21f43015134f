import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'innkjopssamarbeid',
  lessonId: 'finansiering-og-forpliktelser',
  title: 'Test deg selv: Finansiering og forpliktelser',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'betaling',
      type: 'truefalse',
      text: 'Påstand: Ifølge kartleggingen kan det et medlem betaler til samarbeidet, avhenge av hvor stort medlemmet er og hvilke anskaffelser det er med på.',
      correct: true,
      explanation:
        'Sant. Rapporten sier at finansieringen kan avhenge av hvor stor virksomheten er, eller av hvilke anskaffelser den tar del i. De fleste kommunale samarbeid finansieres av medlemmene, gjerne med en kontingent som betales til vertskommunen hvert år.',
    },
    {
      id: 'staten',
      type: 'single',
      text: 'Hvorfor er så mange statlige samarbeid gratis for medlemmene?',
      choices: [
        {
          id: 'a',
          text: 'Fordi statlige virksomheter ikke har lov til å betale kontingent til et samarbeid',
          feedback: 'Nei. Det finnes ikke noe slikt forbud. Forklaringen ligger i hvilket samarbeid de bruker.',
        },
        {
          id: 'b',
          text: 'Fordi mange av dem handler gjennom Statens innkjøpssenter',
          feedback:
            'Riktig. Rapporten forklarer forskjellen med at mange statlige virksomheter bruker Statens innkjøpssenter, der medlemmene ikke betaler kontingent eller provisjon.',
        },
        {
          id: 'c',
          text: 'Fordi leverandørene dekker kostnadene for statlige virksomheter',
          feedback: 'Nei. Rapporten sier ikke noe slikt. Den viser til Statens innkjøpssenter.',
        },
        {
          id: 'd',
          text: 'Fordi statlige samarbeid ikke har egne ansatte',
          feedback: 'Nei. Gratis betyr bare at medlemmene ikke betaler direkte. Kostnadene dekkes likevel av noen.',
        },
      ],
      correct: 'b',
      explanation:
        '«Gratis» betyr at medlemmene ikke betaler kontingent, provisjon eller lignende direkte til samarbeidet. Det betyr ikke at samarbeidet ikke koster noe.',
    },
    {
      id: 'misfornoyd',
      type: 'truefalse',
      text: 'Påstand: Intervjuene viste at de fleste kommunene var misfornøyd med å betale kontingent til samarbeidet.',
      correct: false,
      explanation:
        'Usant. Få av kommunene i intervjuene var misfornøyd. De mente at gevinstene ved de felles avtalene veide opp for kostnadene.',
    },
    {
      id: 'plikt',
      type: 'multiple',
      text: 'Hvorfor er det viktig at medlemmene bruker avtalene samarbeidet har inngått? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Leverandørene har gitt priser ut fra et forventet volum'},
        {id: 'b', text: 'Samarbeidet står sterkere når avtalen skal konkurranseutsettes på nytt'},
        {id: 'c', text: 'Et kjøp utenfor avtalen uten konkurranse kan være en ulovlig direkte anskaffelse'},
        {
          id: 'd',
          text: 'Ellers mister medlemmet retten til å melde inn behov før neste konkurranse',
          feedback: 'Nei. Medlemmet har fortsatt rett, og plikt, til å si fra når en avtale ikke passer.',
        },
      ],
      correct: ['a', 'b', 'c'],
      explanation:
        'Felles avtaler gir gode priser fordi volumet er stort. Kjøp utenom svekker volumet og kan i verste fall bryte regelverket.',
    },
    {
      id: 'avvik',
      type: 'single',
      text: 'Du oppdager at leverandøren tar en høyere pris enn den som står i avtalen. Hva bør du gjøre?',
      choices: [
        {
          id: 'a',
          text: 'Slutte å bruke avtalen og kjøpe fra en annen leverandør',
          feedback:
            'Nei. Er dere forpliktet til avtalen, kan et kjøp utenom skape nye problemer. Avviket må ryddes opp i.',
        },
        {
          id: 'b',
          text: 'Betale fakturaen og la det ligge, siden det er samarbeidet som eier avtalen',
          feedback: 'Nei. Da blir gevinsten borte uten at noen får vite det. Medlemmene har også et ansvar.',
        },
        {
          id: 'c',
          text: 'Melde avviket til samarbeidet og be om at leverandøren følges opp',
          feedback: 'Riktig. Avviksmeldinger gir samarbeidet grunnlag for å kreve at leverandøren holder avtalen.',
        },
      ],
      correct: 'c',
      explanation:
        'I intervjuene fant en kommune at prisene ikke stemte med avtalen, og fikk bedre vilkår ved å følge opp. Meld avvik, så alle medlemmene får nytte av oppfølgingen.',
    },
    {
      id: 'bestilling',
      type: 'ordering',
      text: 'Sett trinnene i riktig rekkefølge når du skal kjøpe noe og samarbeidet kanskje har en avtale.',
      items: [
        {id: 'sjekk', text: 'Sjekk i avtaleoversikten om samarbeidet har en avtale på området'},
        {id: 'les', text: 'Les hva avtalen dekker, og hvem leverandøren er'},
        {id: 'bestill', text: 'Bestill fra avtaleleverandøren'},
        {id: 'kontroller', text: 'Kontroller fakturaen mot avtaleprisen'},
        {id: 'meld', text: 'Meld eventuelle avvik til samarbeidet'},
      ],
      explanation:
        'Først må du vite at avtalen finnes og hva den dekker. Så bestiller du, kontrollerer at prisen stemmer, og melder fra hvis den ikke gjør det.',
    },
  ],
};

export default quiz;
