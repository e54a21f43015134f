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
          left: 'Én levering mangler én vare, og leverandøren ettersender den dagen etter uten følger for medlemmet.',
          right: 'Lav',
        },
        {
          id: 'faktura',
          left: 'Én faktura har en høyere pris på kopipapir enn avtalens prisliste, og det gir medlemmet en merkbar merkostnad.',
          right: 'Middels',
        },
        {
          id: 'sikkerhet',
          left: 'Leverandøren leverer verneutstyr som ikke oppfyller sikkerhetskravene i avtalen.',
          right: 'Høy',
        },
      ],
      explanation:
        'Lav gjelder enkeltstående feil med liten konsekvens som rettes raskt. Middels gjelder gjentatte feil eller merkbar kostnad eller ulempe, så også én enkelt faktura kan være middels, slik eksemplet i malen for avviksrapport viser. Høy gjelder vesentlige kontraktsbrudd, store økonomiske følger eller risiko for liv, helse eller sikkerhet.',
    },
    {
      id: 'q3',
      type: 'single',
      text: 'Hva skal du sammenligne en fakturert pris med når du kontrollerer den?',
      choices: [
        {
          id: 'a',
          text: 'Leverandørens veiledende listepris for varen på fakturadatoen.',
          feedback: 'Listeprisen er ikke det dere har avtalt. Avtalen gir ofte rabatt på listeprisen.',
        },
        {
          id: 'b',
          text: 'Prisen på forrige faktura fra samme leverandør, som dere har godkjent.',
          feedback: 'Forrige faktura kan også ha vært feil. Sammenlign med det som er avtalt.',
        },
        {
          id: 'c',
          text: 'Avtalens prisliste og prisjusteringsreglene på fakturadatoen.',
          feedback: 'Riktig. Det er avtalen som bestemmer hva prisen skal være.',
        },
        {
          id: 'd',
          text: 'Dagens pris for samme vare hos en konkurrerende nettbutikk.',
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
          text: 'At leverandørene i felles avtaler bevisst tar for høye priser fra små medlemmer.',
          feedback: 'Eksemplet sier ikke noe om hvorfor prisene avvek. Feil skyldes ofte rot, ikke vilje.',
        },
        {
          id: 'b',
          text: 'At prisene kan avvike når ingen følger opp, og at oppfølging gir gevinst.',
          feedback: 'Riktig. Prisene stemte ikke med avtalen, og kommunen fikk bedre vilkår ved å følge opp selv.',
        },
        {
          id: 'c',
          text: 'At medlemmer ikke bør ta kontakt med leverandøren uten å gå via samarbeidet.',
          feedback: 'Kommunen fikk tvert imot bedre vilkår fordi den fulgte opp selv.',
        },
        {
          id: 'd',
          text: 'At en felles avtale gir dårligere priser enn kommunen ville fått alene.',
          feedback:
            'Eksemplet handler om manglende oppfølging av en avtale, ikke om at felles avtaler gir dårligere priser.',
        },
      ],
      correct: 'b',
      explanation:
        'Kommunen savnet kontraktsoppfølging fra samarbeidet. Da den selv sjekket, stemte ikke prisene med avtalen, og oppfølgingen ga bedre vilkår. Prisene må kontrolleres for at gevinsten skal bli tatt ut.',
    },
  ],
};

export default quiz;
