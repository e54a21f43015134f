import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'anskaffelsesprosessen',
  lessonId: 'konkurranse-og-tildeling',
  title: 'Test deg selv: Konkurranse og tildeling',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'sistefaser',
      type: 'ordering',
      text: 'Sett fasene fra tildeling til evaluering i riktig rekkefølge.',
      items: [
        {id: 'tildeling', text: 'Tildeling'},
        {id: 'implementering', text: 'Implementering'},
        {id: 'kontraktsoppfolging', text: 'Kontraktsoppfølging'},
        {id: 'gevinst', text: 'Gevinstrealisering og rapportering'},
        {id: 'evaluering', text: 'Evaluering'},
      ],
      explanation:
        'Etter tildelingen tas avtalen i bruk, deretter følges den opp. Gevinstene kan først måles og rapporteres når avtalen har vært i bruk en stund, og evalueringen samler lærdommen til neste behovskartlegging.',
    },
    {
      id: 'jus',
      type: 'single',
      text: 'Hvorfor er juridisk kvalitetssikring av konkurransegrunnlaget ekstra viktig i et innkjøpssamarbeid?',
      choices: [
        {
          id: 'a',
          text: 'Fordi en feil i konkurransen rammer alle medlemmene samtidig',
          feedback: 'Riktig. Når mange virksomheter står bak samme konkurranse, får en feil store følger.',
        },
        {
          id: 'b',
          text: 'Fordi samarbeid har strengere regler enn virksomheter som kjøper alene',
          feedback: 'Det er det samme regelverket, men konsekvensene av feil blir større.',
        },
        {
          id: 'c',
          text: 'Fordi leverandørene krever at en jurist har skrevet alt',
          feedback: 'Det er ikke et krav fra leverandørene. Poenget er kvaliteten og risikoen for medlemmene.',
        },
        {
          id: 'd',
          text: 'Fordi juristen skal evaluere tilbudene og velge vinneren',
          feedback: 'Vinneren velges etter de kunngjorte kriteriene. Juristen kvalitetssikrer grunnlaget og prosessen.',
        },
      ],
      correct: 'a',
      explanation:
        'Mange virksomheter etterlyser juridisk kompetanse når kontrakter og konkurransegrunnlag skal utformes. I et samarbeid gjelder avtalen mange medlemmer, så feil får større konsekvenser.',
    },
    {
      id: 'karensperiode',
      type: 'truefalse',
      text: 'Påstand: Samarbeidet har kunngjort en konkurranse om en ny rammeavtale over EØS-terskelverdiene. Avtalen kan signeres samme dag som leverandørene får beskjed om hvem som vant.',
      correct: false,
      explanation:
        'Usant. I en slik konkurranse skal meddelelsen om tildeling angi en karensperiode, og avtalen kan ikke inngås før den er over (anskaffelsesforskriften §§ 25-1 og 25-2). Karensperioden gir leverandørene som tapte, tid til å klage. Kravet har unntak: Det gjelder for eksempel ikke når en kontrakt tildeles under en rammeavtale som allerede er inngått, eller under en dynamisk innkjøpsordning.',
    },
    {
      id: 'gap',
      type: 'multiple',
      text: 'Hva forklarer ifølge kartleggingen at medlemmer ikke vet hvilke avtaler samarbeidet har inngått? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Noen kommuner mangler kapasitet til å fortelle internt om avtalene'},
        {id: 'b', text: 'Mindre virksomheter hører lite fra samarbeidet utover standard e-post'},
        {
          id: 'c',
          text: 'Leverandørene vil ikke opplyse medlemmene om hvilke avtaler de har med samarbeidet',
          feedback:
            'Rapporten sier ikke dette. Gapet ligger i kommunikasjonen mellom samarbeidet og medlemmene, og internt hos medlemmene.',
        },
        {id: 'd', text: 'Vertskommunen har oversikt, men brukerne i mindre kommuner mangler rutiner'},
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Svak kommunikasjon fra samarbeidet og svak forankring i egen virksomhet er blant de vanligste svakhetene. Oversikten finnes ofte hos vertskommunen, men når ikke fram til alle.',
    },
    {
      id: 'plan',
      type: 'matching',
      text: 'Koble hvert tiltak i implementeringsplanen til hva det skal oppnå.',
      pairs: [
        {id: 'oversikt', left: 'Kort avtaleoversikt', right: 'Viser hva avtalen dekker, og når den starter'},
        {id: 'bestilling', left: 'Bestillingsveiledning', right: 'Gjør det lett for de ansatte å bestille riktig'},
        {id: 'oppstart', left: 'Digitalt oppstartsmøte', right: 'Lar alle kontaktpersonene møte leverandøren samtidig'},
        {
          id: 'bekreftelse',
          left: 'Bekreftelse fra hvert medlem',
          right: 'Viser at avtalen faktisk er gjort kjent internt',
        },
      ],
      explanation:
        'Implementeringsplanen skal gjøre det enkelt for kontaktpersonen å nå ut i egen virksomhet, og gi samarbeidet beskjed om hvem som ikke er nådd ennå.',
    },
    {
      id: 'forberede',
      type: 'multiple',
      text: 'Hva bør samarbeidet legge til rette for allerede i konkurransen, slik at oppfølgingen senere blir mulig? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Tydelige priser og regler for prisregulering i kontrakten'},
        {id: 'b', text: 'Krav om at leverandøren rapporterer hva medlemmene kjøper'},
        {
          id: 'c',
          text: 'Å vente med å måle dagens priser til avtalen har vart en stund',
          feedback: 'Da mangler dere utgangspunktet å måle gevinsten mot. Det må måles før avtalen starter.',
        },
        {id: 'd', text: 'Rutiner for å melde og lukke avvik'},
      ],
      correct: ['a', 'b', 'd'],
      explanation:
        'Kontraktsoppfølging og gevinstrealisering krever tydelige priser, data om bruken av avtalen, rutiner for avvik og et utgangspunkt som er målt før avtalestart.',
    },
  ],
};

export default quiz;
