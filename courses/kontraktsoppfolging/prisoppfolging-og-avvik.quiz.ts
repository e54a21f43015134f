import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'kontraktsoppfolging',
  lessonId: 'prisoppfolging-og-avvik',
  title: 'Test deg selv: Prisoppfølging og avvik',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'q1',
      type: 'ordering',
      text: 'Sett trinnene i behandlingen av et avvik i riktig rekkefølge.',
      items: [
        {id: 'meld', text: 'Medlemmet melder avviket med malen for avviksrapport.'},
        {id: 'registrer', text: 'Samarbeidet registrerer avviket og bekrefter mottak.'},
        {id: 'vurder', text: 'Den ansvarlige vurderer saken mot kontrakten og setter alvorlighetsgrad.'},
        {id: 'leverandor', text: 'Samarbeidet ber leverandøren skriftlig om forklaring og retting innen en frist.'},
        {id: 'tiltak', text: 'Tiltak settes i verk, for eksempel kreditnota eller rettet prisliste.'},
        {id: 'lukk', text: 'Avviket lukkes når medlemmet har bekreftet rettingen, og læringen skrives ned.'},
      ],
      explanation:
        'Et avvik må være meldt og registrert før det kan vurderes. Leverandøren kontaktes først når saken er sjekket mot kontrakten, og avviket lukkes ikke før tiltaket er kontrollert.',
    },
    {
      id: 'q2',
      type: 'matching',
      text: 'Koble hver situasjon til riktig alvorlighetsgrad.',
      pairs: [
        {
          id: 'enkelt',
          left: 'Én faktura har feil pris på én vare, og leverandøren retter den straks.',
          right: 'Lav',
        },
        {
          id: 'gjentatt',
          left: 'Samme prisfeil går igjen på fakturaer over flere måneder.',
          right: 'Middels',
        },
        {
          id: 'sikkerhet',
          left: 'Leverandøren leverer verneutstyr som ikke oppfyller sikkerhetskravene i avtalen.',
          right: 'Høy',
        },
      ],
      explanation:
        'Lav gjelder enkeltstående feil med liten konsekvens. Middels gjelder gjentatte feil eller merkbar kostnad. Høy gjelder vesentlige kontraktsbrudd, store økonomiske følger eller risiko for liv, helse og sikkerhet.',
    },
    {
      id: 'q3',
      type: 'single',
      text: 'Hva skal du sammenligne en fakturert pris med når du kontrollerer den?',
      choices: [
        {
          id: 'a',
          text: 'Leverandørens veiledende listepris.',
          feedback: 'Listeprisen er ikke det dere har avtalt. Avtalen gir ofte rabatt på listeprisen.',
        },
        {
          id: 'b',
          text: 'Prisen på forrige faktura fra samme leverandør.',
          feedback: 'Forrige faktura kan også ha vært feil. Sammenlign med det som er avtalt.',
        },
        {
          id: 'c',
          text: 'Avtalens prisliste og reglene for prisjustering som gjaldt på fakturadatoen.',
          feedback: 'Riktig. Det er avtalen som bestemmer hva prisen skal være.',
        },
        {
          id: 'd',
          text: 'Prisen hos en konkurrerende nettbutikk.',
          feedback: 'Markedspriser kan være nyttige i andre sammenhenger, men avviket måles mot avtalen.',
        },
      ],
      correct: 'c',
      explanation:
        'Et prisavvik er en forskjell mellom fakturert pris og avtalt pris. Riktig sammenligningsgrunnlag er prislisten i avtalen, justert etter avtalens regler for prisjustering.',
    },
    {
      id: 'q4',
      type: 'multiple',
      text: 'Hva bør en god avviksrapport inneholde? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Hva avtalen krever, og hva som faktisk skjedde.'},
        {id: 'b', text: 'Dokumentasjon, for eksempel faktura og gjeldende prisliste.'},
        {
          id: 'c',
          text: 'En vurdering av den enkelte selgeren hos leverandøren.',
          feedback: 'Rapporten skal beskrive avviket fra avtalen, ikke vurdere enkeltpersoner.',
        },
        {id: 'd', text: 'Konsekvensen av avviket, gjerne med beløp.'},
        {
          id: 'e',
          text: 'Ingenting skriftlig, bare en muntlig beskjed til leverandøren.',
          feedback: 'Uten skriftlig rapport blir avviket verken registrert, fulgt opp eller telt med.',
        },
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Rapporten skal gjøre det mulig å vurdere saken mot kontrakten. Derfor må den vise avtalekravet, hva som skjedde, dokumentasjonen og konsekvensen.',
    },
    {
      id: 'q5',
      type: 'truefalse',
      text: 'Påstand: Et avvik kan lukkes så snart leverandøren har lovet å rette feilen.',
      correct: false,
      explanation:
        'Et løfte er ikke nok. Avviket lukkes først når tiltaket er gjennomført og medlemmet har bekreftet at det virker, for eksempel at kreditnotaen er mottatt og neste faktura er riktig.',
    },
    {
      id: 'q6',
      type: 'single',
      text: 'Hva viser eksemplet fra kartleggingen der en kommune selv tok kontakt med en leverandør?',
      choices: [
        {
          id: 'a',
          text: 'At leverandørene i samarbeidsavtaler bevisst tar for høye priser.',
          feedback: 'Eksemplet sier ikke noe om hvorfor prisene avvek. Feil skyldes ofte rot, ikke vilje.',
        },
        {
          id: 'b',
          text: 'At prisene kan avvike fra avtalen når ingen følger opp, og at egen oppfølging ga bedre vilkår.',
          feedback: 'Riktig. Oppfølging av prisene gir gevinst.',
        },
        {
          id: 'c',
          text: 'At medlemmer ikke bør ta kontakt med leverandøren.',
          feedback: 'Kommunen fikk tvert imot bedre vilkår fordi den fulgte opp selv.',
        },
        {
          id: 'd',
          text: 'At felles avtaler alltid gir dårligere priser enn egne avtaler.',
          feedback: 'Eksemplet handler om manglende oppfølging av en avtale, ikke om felles avtaler som sådan.',
        },
      ],
      correct: 'b',
      explanation:
        'Kommunen savnet kontraktsoppfølging fra samarbeidet. Da den selv sjekket, stemte ikke prisene med avtalen, og oppfølgingen ga bedre vilkår. Prisene må kontrolleres for at gevinsten skal bli tatt ut.',
    },
  ],
};

export default quiz;
