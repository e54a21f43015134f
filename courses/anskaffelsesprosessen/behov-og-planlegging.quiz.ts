import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'anskaffelsesprosessen',
  lessonId: 'behov-og-planlegging',
  title: 'Test deg selv: Fra behov til plan',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'faser',
      type: 'ordering',
      text: 'Sett de seks første fasene i en felles anskaffelse i riktig rekkefølge.',
      items: [
        {id: 'behovskartlegging', text: 'Behovskartlegging'},
        {id: 'planlegging', text: 'Planlegging'},
        {id: 'konkurranse', text: 'Konkurranse'},
        {id: 'tildeling', text: 'Tildeling'},
        {id: 'implementering', text: 'Implementering'},
        {id: 'kontraktsoppfolging', text: 'Kontraktsoppfølging'},
      ],
      explanation:
        'Hele prosessen har åtte faser: behovskartlegging, planlegging, konkurranse, tildeling, implementering, kontraktsoppfølging, gevinstrealisering og rapportering, og til slutt evaluering. Behovet må være kjent før strategien legges, og avtalen må være tildelt før den kan tas i bruk og følges opp.',
    },
    {
      id: 'alle',
      type: 'single',
      text: 'Samarbeidet skal kartlegge behovet for en ny rammeavtale. Hvem bør få mulighet til å melde inn behov?',
      choices: [
        {
          id: 'a',
          text: 'De største medlemmene, siden de står for mesteparten av volumet',
          feedback:
            'Da risikerer dere at små medlemmer opplever at samarbeidet ikke forstår behovene deres, slik mange gjorde i kartleggingen.',
        },
        {
          id: 'b',
          text: 'Alle medlemmene, med en frist også små medlemmer rekker',
          feedback: 'Riktig. Alle som skal bruke avtalen, bør bli spurt.',
        },
        {
          id: 'c',
          text: 'Bare innkjøperne i vertskommunen, fordi de kjenner regelverket best',
          feedback: 'Innkjøperne kan regelverket, men det er medlemmene og fagfolkene deres som kjenner behovet.',
        },
        {
          id: 'd',
          text: 'De medlemmene som møter på årsmøtet',
          feedback: 'Mange små medlemmer har ikke kapasitet til å møte. De må nås på andre måter også.',
        },
      ],
      correct: 'b',
      explanation:
        'Både kommuner og statlige virksomheter peker på manglende forståelse for behovene som en svakhet, og små virksomheter føler at de store veier tyngst. Derfor bør alle medlemmene spørres, og de som ikke svarer, bør følges opp.',
    },
    {
      id: 'strategi',
      type: 'multiple',
      text: 'Hva hører hjemme i en anskaffelsesstrategi? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Valg av avtaleform, varighet og eventuelle delkontrakter'},
        {id: 'b', text: 'Mål for anskaffelsen og utgangspunktet dere skal måle gevinsten mot'},
        {
          id: 'c',
          text: 'Navnet på leverandøren samarbeidet ønsker å få som vinner',
          feedback:
            'Leverandøren velges i konkurransen etter kriterier som er kjent på forhånd. Å bestemme vinneren før konkurransen strider mot likebehandling.',
        },
        {id: 'd', text: 'Hvem som gjør hva, og hvordan medlemmene skal få vite om avtalen'},
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Strategien beskriver hva som skal kjøpes, hvordan, med hvilke mål og av hvem, og hvordan avtalen skal gjøres kjent. Hvem som vinner, avgjøres først i tildelingen.',
    },
    {
      id: 'markedsdialog',
      type: 'truefalse',
      text: 'Påstand: Markedsdialog før konkurransen er bare aktuelt for store IKT-anskaffelser.',
      correct: false,
      explanation:
        'Markedsdialog er nyttig i alle kategorier der samarbeidet trenger å forstå hva markedet kan levere. For et samarbeid med medlemmer spredt over et stort område er det særlig viktig å finne ut hvordan leverandørene kan betjene dem som ligger lengst unna.',
    },
    {
      id: 'sammen',
      type: 'single',
      text: 'Hvilke to forhold avgjør ifølge kartleggingen særlig om en kategori egner seg for samarbeid?',
      choices: [
        {
          id: 'a',
          text: 'Hvor like medlemmenes krav er, og hvor markedet for kategorien ligger',
          feedback: 'Riktig. Dette er de to forholdene rapporten trekker fram.',
        },
        {
          id: 'b',
          text: 'Hvor mange medlemmer samarbeidet har, og hvor stort budsjettet er',
          feedback: 'Volum betyr noe, men det hjelper lite hvis kravene spriker eller markedet er lokalt.',
        },
        {
          id: 'c',
          text: 'Hvilken kommune som er vertskommune, og hvor den ligger',
          feedback: 'Vertskommunen organiserer arbeidet, men avgjør ikke om kategorien egner seg for samarbeid.',
        },
        {
          id: 'd',
          text: 'Om leverandørene er store eller små, og hvor mange de er',
          feedback:
            'Antallet og størrelsen på leverandørene er en del av markedsbildet, men rapporten peker på likhet i kravene og hvor markedet ligger.',
        },
      ],
      correct: 'a',
      explanation:
        'Rapporten sier at det særlig er likheten i kravspesifikasjonene og hvor markedet ligger, som avgjør om samarbeid passer. Kategoriveilederne hjelper dere å vurdere dette for hver kategori.',
    },
    {
      id: 'horisont',
      type: 'matching',
      text: 'Koble hvert eksempel til hva det sier om behovet.',
      pairs: [
        {id: 'utloper', left: 'En avtale om kontorrekvisita løper ut om noen måneder', right: 'Kortsiktig behov'},
        {id: 'nybygg', left: 'Et medlem planlegger et nytt sykehjem om noen år', right: 'Langsiktig behov'},
        {id: 'faktura', left: 'Fakturadata viser hvor mye som ble kjøpt i fjor', right: 'Grunnlag for å anslå volum'},
        {
          id: 'bruker',
          left: 'Fagfolk forteller hva som fungerer i hverdagen',
          right: 'Brukernes erfaring med dagens løsning',
        },
      ],
      explanation:
        'En god behovsanalyse sammenstiller kortsiktige og langsiktige behov, bygger på faktisk forbruk der det finnes, og tar med erfaringene til dem som bruker varene og tjenestene.',
    },
  ],
};

export default quiz;
