import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'anskaffelsesprosessen',
  lessonId: 'kravspesifikasjon',
  title: 'Test deg selv: Kravspesifikasjon',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'likhet',
      type: 'truefalse',
      text: 'Påstand: Medlemmene må ha helt like krav for at det skal lønne seg å kjøpe sammen.',
      correct: false,
      explanation:
        'Kravene trenger ikke være identiske, men de må ha en stor nok felles kjerne. Rapporten peker på at medlemmer med ulike krav likevel kan samarbeide når markedet er egnet for det.',
    },
    {
      id: 'kjerne',
      type: 'single',
      text: 'Dere fjerner alle krav som bare ett eller noen få medlemmer har, og det som er igjen, passer ikke for noen. Hva bør dere gjøre?',
      choices: [
        {
          id: 'a',
          text: 'Gå videre med konkurransen og håpe at medlemmene tilpasser seg',
          feedback: 'En avtale som ikke passer, blir lite brukt, og medlemmer som er forpliktet, står fast med den.',
        },
        {
          id: 'b',
          text: 'Vurdere delkontrakter, eller la noen medlemmer kjøpe på egen hånd',
          feedback: 'Riktig. Når den felles kjernen er for liten, er det bedre å dele opp eller la noen stå utenfor.',
        },
        {
          id: 'c',
          text: 'Ta med alle kravene til alle medlemmene i én felles avtale',
          feedback: 'Da blir avtalen dyr og komplisert for alle, og stordriftsfordelene forsvinner.',
        },
        {
          id: 'd',
          text: 'La det største medlemmet bestemme kravene, siden det kjøper mest',
          feedback: 'Da blir avtalen tilpasset ett medlem, og de små opplever at behovene deres ikke blir forstått.',
        },
      ],
      correct: 'b',
      explanation:
        'Samarbeid passer når det finnes en stor nok felles kjerne av krav. Hvis ikke, kan delkontrakter eller egne anskaffelser gi bedre behovsdekning.',
    },
    {
      id: 'sma',
      type: 'multiple',
      text: 'Hvordan kan samarbeidet sørge for at små medlemmer får påvirke kravspesifikasjonen? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Sende utkastet på høring til alle medlemmene med en frist de rekker'},
        {id: 'b', text: 'Gi de små medlemmene en fast plass eller felles representant i referansegruppen'},
        {
          id: 'c',
          text: 'Holde alle arbeidsmøtene fysisk hos vertskommunen, så alle diskuterer sammen',
          feedback:
            'Det gjør det vanskeligere for små og fjerntliggende medlemmer å delta. Digitale møter og skriftlige innspill senker terskelen.',
        },
        {id: 'd', text: 'Forklare hvilke innspill som ble tatt med, og hvorfor andre ikke ble det'},
        {
          id: 'e',
          text: 'Vekte innspillene etter hvor stort volum hvert medlem har i kategorien',
          feedback: 'Volum er viktig, men hvis bare volumet teller, får de små ingen reell stemme.',
        },
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Innflytelse må bygges inn i arbeidsmåten: representasjon, høring med rimelig frist, enkle måter å gi innspill på og åpenhet om hva som skjedde med innspillene.',
    },
    {
      id: 'kravtyper',
      type: 'ordering',
      text: 'Sett stegene i arbeidet med en felles kravspesifikasjon i riktig rekkefølge.',
      items: [
        {id: 'samle', text: 'Samle behovene fra alle medlemmene'},
        {id: 'sortere', text: 'Sortere kravene i felles, valgfrie og lokale krav'},
        {id: 'utkast', text: 'Skrive et utkast til kravspesifikasjon'},
        {id: 'horing', text: 'Sende utkastet på høring til alle medlemmene'},
        {id: 'tilbakemelding', text: 'Forklare hvordan innspillene ble brukt, og fastsette kravene'},
      ],
      explanation:
        'Behovene kommer først. Deretter sorteres kravene, et utkast skrives og sendes på høring, og til slutt forklarer samarbeidet hvordan innspillene ble brukt før kravene fastsettes i konkurransegrunnlaget.',
    },
    {
      id: 'lokal',
      type: 'single',
      text: 'Et medlem langt fra leverandørens lager får sjeldnere levering enn de sentrale medlemmene. Hvilket grep i kravspesifikasjonen retter best opp dette?',
      choices: [
        {
          id: 'a',
          text: 'Like krav til leveringstid og -frekvens for alle medlemmene, uansett avstand',
          feedback: 'Riktig. Da må leverandørene prise inn betjening av hele området, også dem som ligger lengst unna.',
        },
        {
          id: 'b',
          text: 'Et krav om at leverandøren skal ha et lokalt lager i vertskommunen',
          feedback:
            'Et slikt krav kan fort bli uforholdsmessig. Krav må ha sammenheng med det som skal leveres og stå i forhold til formålet med anskaffelsen, og et lagerkrav kan stenge ute leverandører uten å gi bedre levering. Det må vurderes konkret, og her hjelper det uansett lite for medlemmene som ligger lengst unna vertskommunen.',
        },
        {
          id: 'c',
          text: 'Å fjerne leveringskravene, så leverandørene kan gi en lavere pris',
          feedback: 'Lavere pris hjelper lite hvis varene ikke kommer fram i tide.',
        },
      ],
      correct: 'a',
      explanation:
        'Kartleggingen viser at desentrale medlemmer kan få dårligere service når leverandøren prioriterer de store og sentrale. Like krav til levering for alle medlemmer, eventuelt delkontrakter etter geografi, motvirker dette. Krav om hvor leverandøren skal ha lager, må vurderes nøye, fordi et krav skal stå i forhold til og ha sammenheng med det som anskaffes.',
    },
    {
      id: 'standard',
      type: 'truefalse',
      text: 'Påstand: Det er ofte lurt å beskrive hva varen eller tjenesten skal oppnå, heller enn å kreve et bestemt produkt.',
      correct: true,
      explanation:
        'Funksjonskrav gir leverandørene rom til å foreslå løsninger som passer flere medlemmer, og de gir bredere konkurranse.',
    },
  ],
};

export default quiz;
