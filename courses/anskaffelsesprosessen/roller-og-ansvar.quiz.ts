import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'anskaffelsesprosessen',
  lessonId: 'roller-og-ansvar',
  title: 'Test deg selv: Roller og ansvar',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'roller',
      type: 'matching',
      text: 'Koble hver rolle til oppgaven den først og fremst har ansvar for.',
      pairs: [
        {id: 'leder', left: 'Leder av samarbeidet', right: 'Prioriterer anskaffelsene og rapporterer til medlemmene'},
        {
          id: 'kategori',
          left: 'Kategoriansvarlig',
          right: 'Kjenner markedet og behovene i én kategori og eier strategien for den',
        },
        {
          id: 'kontrakt',
          left: 'Kontraktsforvalter',
          right: 'Kontrollerer priser, håndterer avvik og måler bruken av avtalene',
        },
        {id: 'jurist', left: 'Juridisk rådgiver', right: 'Kvalitetssikrer konkurransegrunnlag og kontrakter'},
        {
          id: 'kontaktperson',
          left: 'Kontaktperson hos medlemmet',
          right: 'Melder inn behov og gjør avtalene kjent i egen virksomhet',
        },
        {
          id: 'ehandel',
          left: 'E-handelskoordinator',
          right: 'Legger avtalene inn i bestillingssystemet og lager statistikk',
        },
      ],
      explanation:
        'Rollene utfyller hverandre. I et lite samarbeid kan én person ha flere roller, men hver oppgave må ha en eier.',
    },
    {
      id: 'raci',
      type: 'matching',
      text: 'Koble hver bokstav i RACI til hva den betyr.',
      pairs: [
        {id: 'r', left: 'R – Responsible', right: 'Utfører oppgaven'},
        {id: 'a', left: 'A – Accountable', right: 'Eier resultatet og tar beslutningen'},
        {id: 'c', left: 'C – Consulted', right: 'Blir spurt til råds og gir innspill før beslutningen'},
        {id: 'i', left: 'I – Informed', right: 'Får beskjed om resultatet'},
      ],
      explanation:
        'En RACI-matrise viser for hver oppgave hvem som utfører, hvem som er ansvarlig, hvem som rådføres og hvem som informeres.',
    },
    {
      id: 'enansvarlig',
      type: 'truefalse',
      text: 'Påstand: I en RACI-matrise bør hver oppgave ha nøyaktig én som er ansvarlig (A).',
      correct: true,
      explanation:
        'Flere kan utføre en oppgave, men bare én bør eie resultatet. Har flere ansvaret, er det lett at ingen tar det.',
    },
    {
      id: 'implementering',
      type: 'single',
      text: 'En ny felles avtale skal tas i bruk. Hvem har ansvaret (A) for å avslutte gamle avtaler og informere brukerne lokalt hos et medlem?',
      choices: [
        {
          id: 'a',
          text: 'Kontraktsforvalteren i samarbeidet',
          feedback:
            'Kontraktsforvalteren har ansvaret for at alle medlemmene får vite hva som er avtalt, men rådføres bare (C) når gamle avtaler avsluttes og brukerne informeres lokalt.',
        },
        {
          id: 'b',
          text: 'E-handelskoordinatoren i samarbeidet',
          feedback:
            'E-handelskoordinatoren legger avtalen og prisene inn i bestillingsløsningen, men har ingen rolle i det lokale arbeidet hos medlemmet.',
        },
        {
          id: 'c',
          text: 'Kontaktpersonen hos medlemmet',
          feedback:
            'Riktig. Bare medlemmet kan avslutte egne avtaler og nå egne brukere, så kontaktpersonen har ansvaret, med kontraktsforvalteren som rådgiver.',
        },
        {
          id: 'd',
          text: 'Lederen av samarbeidet',
          feedback: 'Lederen holdes informert om implementeringen, men eier ikke det lokale arbeidet hos medlemmet.',
        },
      ],
      correct: 'c',
      explanation:
        'I prosessbeskrivelsen har kontaktpersonen ansvaret (A) for å avslutte gamle avtaler og informere brukerne lokalt, mens kontraktsforvalteren rådføres (C). At alle medlemmene får vite hva som er avtalt og hvordan avtalen brukes, er kontraktsforvalterens ansvar, med kontaktpersonen som den som gjør jobben (R). Bare medlemmet kan sørge for at egne ansatte faktisk tar i bruk avtalen.',
    },
    {
      id: 'knapt',
      type: 'multiple',
      text: 'Et lite samarbeid har ikke folk til alle rollene. Hva er gode grep? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Skrive rollene og tiden hvert medlem skal bidra med, inn i mandatet'},
        {
          id: 'b',
          text: 'Droppe kontraktsoppfølgingen en periode, siden konkurransen er det viktigste',
          feedback:
            'Svak kontraktsoppfølging er en hovedgrunn til at gevinstene ikke blir tatt ut. Oppfølgingen må ha en eier.',
        },
        {id: 'c', text: 'Låne eller kjøpe juridisk kompetanse fra et større medlem eller et annet samarbeid'},
        {id: 'd', text: 'La én person ha flere roller som passer sammen, så lenge oppgavene er beskrevet'},
        {
          id: 'e',
          text: 'La hvert medlem finne ut selv hvem som skal gjøre hva',
          feedback:
            'Uklar arbeidsdeling fører til at oppgaver faller mellom to stoler. Rapporten etterlyser tydelige roller.',
        },
      ],
      correct: ['a', 'c', 'd'],
      explanation:
        'Roller kan kombineres og kompetanse kan lånes, men oppgavene må være beskrevet og ha en eier. Det gjelder særlig kontraktsoppfølgingen, som ofte blir nedprioritert.',
    },
    {
      id: 'vedlegg',
      type: 'single',
      text: 'Hva bør en rollebeskrivelse i et innkjøpssamarbeid inneholde, ifølge rapportens forslag?',
      choices: [
        {
          id: 'a',
          text: 'Navn og kontaktinformasjon til den som har rollen',
          feedback:
            'Et navn sier ikke hva rollen skal gjøre, eller hva som trengs for å gjøre det. Rapporten legger vekt på kompetanse og egenskaper.',
        },
        {
          id: 'b',
          text: 'Krav til kompetanse og egenskaper hos den som skal ha rollen',
          feedback:
            'Riktig. Rapporten vil at rollebeskrivelsene skal si hva rollen krever, slik at oppgavene går til dem som har riktig kompetanse.',
        },
        {
          id: 'c',
          text: 'Lønnsnivå, stillingsprosent og arbeidstid for rollen',
          feedback: 'Det kan være nyttig internt, men det er ikke det rapporten legger vekt på.',
        },
      ],
      correct: 'b',
      explanation:
        'Rapporten foreslår maler for roller og ansvar som beskriver hvilken kompetanse og hvilke egenskaper rollene krever. Rollene skal være kjent og forstått av alle.',
    },
  ],
};

export default quiz;
