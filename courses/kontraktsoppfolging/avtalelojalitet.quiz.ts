import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'kontraktsoppfolging',
  lessonId: 'avtalelojalitet',
  title: 'Test deg selv: Avtalelojalitet',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'q1',
      type: 'single',
      text: 'Hva menes med avtalelojalitet?',
      choices: [
        {
          id: 'a',
          text: 'At samarbeidet er lojalt mot leverandøren og forlenger avtalen så lenge det er mulig.',
          feedback: 'Avtalelojalitet handler om hvordan medlemmene handler, ikke om å forlenge avtaler.',
        },
        {
          id: 'b',
          text: 'At det avtalen dekker, kjøpes hos avtaleleverandøren på avtalens vilkår.',
          feedback: 'Riktig. Lojalitet betyr at kjøpene faktisk går gjennom avtalen.',
        },
        {
          id: 'c',
          text: 'At medlemmene har skrevet under på at de er forpliktet til å bruke avtalene.',
          feedback: 'En plikt til å bruke avtalene er ikke det samme som at de faktisk blir brukt.',
        },
        {
          id: 'd',
          text: 'At medlemmene alltid velger den billigste leverandøren på markedet.',
          feedback: 'Å handle utenfor avtalen, selv der det ser billigere ut, er nettopp brudd på avtalelojaliteten.',
        },
      ],
      correct: 'b',
      explanation:
        'Avtalelojalitet betyr at det avtalen dekker, blir kjøpt hos avtaleleverandøren på avtalens vilkår. Uten lojalitet uteblir volumet som prisene bygger på.',
    },
    {
      id: 'q2',
      type: 'multiple',
      text: 'Hvorfor mangler små medlemmer ofte oversikt over avtalene i samarbeidet? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'De har lite folk og tid til å holde oversikt og lage innkjøpsstatistikk.'},
        {id: 'b', text: 'Informasjonen om nye avtaler når ikke fram til alle som bestiller i virksomheten.'},
        {
          id: 'c',
          text: 'Små medlemmer har ikke lov til å se avtalene som samarbeidet inngår på vegne av alle.',
          feedback: 'Alle medlemmer har tilgang til avtalene. Problemet er kapasitet og kommunikasjon, ikke tilgang.',
        },
        {id: 'd', text: 'Innkjøp er ofte en deloppgave for én person, mens mange ulike enheter bestiller.'},
        {
          id: 'e',
          text: 'Leverandørene nekter å selge til små medlemmer.',
          feedback:
            'Leverandøren er bundet av avtalen overfor alle medlemmene. Dette er ikke årsaken til manglende oversikt.',
        },
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Intervjuene viser at vertskommunen ofte har oversikten, mens små medlemmer mangler folk, tid og rutiner. Når mange bestiller og få har ansvar for innkjøp, når ikke informasjonen alltid fram.',
    },
    {
      id: 'q3',
      type: 'truefalse',
      text: 'Påstand: Når de fleste medlemmene svarer at de bruker avtalene i stor grad, trenger samarbeidet ikke å kontrollere bruken.',
      correct: false,
      explanation:
        'Svarene i undersøkelsen viser hva respondentene selv tror. Flere samarbeid sa at det er vanskelig å kontrollere om medlemmene faktisk handler på avtalene. Lojaliteten må derfor måles, for eksempel med kjøpsdata.',
    },
    {
      id: 'q4',
      type: 'single',
      text: 'Hvorfor gjør et felles e-handelssystem det enklere å følge opp avtalelojaliteten?',
      choices: [
        {
          id: 'a',
          text: 'Fordi systemet gjør det ulovlig for medlemmene å handle utenfor avtalen.',
          feedback: 'Et system endrer ikke regelverket. Det gjør riktig kjøp enklere og feil kjøp synlige.',
        },
        {
          id: 'b',
          text: 'Fordi leverandøren da overtar ansvaret for å følge opp medlemmenes kjøp.',
          feedback: 'Ansvaret for oppfølgingen ligger fortsatt hos samarbeidet og medlemmene.',
        },
        {
          id: 'c',
          text: 'Fordi alle bestillinger går gjennom én løsning, så kjøpene blir synlige.',
          feedback:
            'Riktig. Samarbeidet ser hva hvert medlem kjøper, hos hvem og til hvilken pris, og oppfølgingen tar mindre tid.',
        },
        {
          id: 'd',
          text: 'Fordi medlemmene da ikke lenger trenger å få informasjon om avtalene.',
          feedback:
            'Medlemmene trenger fortsatt å vite hvilke avtaler som gjelder, selv om systemet hjelper dem å finne riktig vare.',
        },
      ],
      correct: 'c',
      explanation:
        'Intervjuene viste at kontrollen var enklere i samarbeid med felles e-handelssystem. Systemet viser avtalevarer og avtalepriser og gir statistikk over hva medlemmene faktisk kjøper.',
    },
    {
      id: 'q5',
      type: 'ordering',
      text: 'Sett trinnene for å gjøre en ny avtale kjent hos alle medlemmer i riktig rekkefølge.',
      items: [
        {id: 'registrer', text: 'Avtalen registreres i den felles avtaleoversikten.'},
        {id: 'kontakt', text: 'Kontaktpersonen hos hvert medlem får et sammendrag før avtalen starter.'},
        {id: 'spre', text: 'Kontaktpersonen gir beskjed til alle som bestiller i egen virksomhet.'},
        {id: 'folg', text: 'Samarbeidet følger med på kjøpene de første månedene.'},
        {id: 'videre', text: 'Erfaringene tas videre til leverandøren og til neste konkurranse.'},
      ],
      explanation:
        'Først må avtalen være registrert, så må informasjonen gå via kontaktpersonen til bestillerne. Deretter følger samarbeidet med på bruken og bruker erfaringene videre.',
    },
    {
      id: 'q6',
      type: 'truefalse',
      text: 'Påstand: Kjøp utenfor avtalen kan være et tegn på at avtalen ikke passer medlemmets behov, og bør følges opp med dialog, ikke bare med påminnelser.',
      correct: true,
      explanation:
        'Intervjuene viser at noen medlemmer opplever avtalene som lite fleksible, for eksempel med sjeldne leveranser langt fra leverandørens lager. Lav lojalitet kan skyldes manglende informasjon, men også at avtalen ikke passer.',
    },
  ],
};

export default quiz;
