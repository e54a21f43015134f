import type {Quiz} from '@site/src/lib/quiz';
import {PASS_MARK} from '@site/src/data/courses';

const quiz: Quiz = {
  courseId: 'kontraktsoppfolging',
  lessonId: 'dokumentere-besparelser',
  title: 'Test deg selv: Dokumentere besparelser',
  passMark: PASS_MARK,
  shuffle: true,
  questions: [
    {
      id: 'q1',
      type: 'matching',
      text: 'Koble hver type gevinst til eksemplet som passer.',
      pairs: [
        {
          id: 'forrige',
          left: 'Pris mot forrige kontrakt',
          right: 'Kopipapiret koster mindre per pakke enn i avtalen dere hadde før.',
        },
        {
          id: 'marked',
          left: 'Pris mot markeds- eller budsjettpris',
          right:
            'Det fantes ingen avtale fra før, så den nye prisen sammenlignes med en prisundersøkelse gjort før konkurransen.',
        },
        {
          id: 'volum',
          left: 'Volumvektet besparelse',
          right: 'Prisforskjellen for hver vare ganges med antallet som faktisk ble kjøpt, og summeres.',
        },
        {
          id: 'unngatt',
          left: 'Unngått kostnad',
          right: 'Leverandøren krevde en prisøkning, men samarbeidet forhandlet den bort.',
        },
        {
          id: 'prosess',
          left: 'Sparte prosesskostnader',
          right: 'Medlemmet slapp å gjennomføre sin egen konkurranse fordi samarbeidet gjorde det.',
        },
        {
          id: 'kvalitet',
          left: 'Kvalitetsgevinst',
          right: 'Leveransene kommer oftere til avtalt tid, og det blir færre reklamasjoner.',
        },
      ],
      explanation:
        'Typene måler ulike ting og har ulik styrke. Si alltid hvilken type du rapporterer, og hold unngåtte kostnader, prosesskostnader og kvalitetsgevinster atskilt fra rene prisbesparelser.',
    },
    {
      id: 'q2',
      type: 'single',
      text: 'Hva er et utgangspunkt (baseline) når du skal dokumentere en besparelse?',
      choices: [
        {
          id: 'a',
          text: 'Besparelsen dere regner med å oppnå når den nye avtalen tas i bruk.',
          feedback: 'Det er et mål eller et anslag, ikke et utgangspunkt å måle mot.',
        },
        {
          id: 'b',
          text: 'Dokumenterte priser og volumer fra en periode før konkurransen.',
          feedback:
            'Riktig. Utgangspunktet må være fastsatt, med kilde og periode, før dere vet resultatet av konkurransen.',
        },
        {
          id: 'c',
          text: 'Gjennomsnittet av alle tilbudene dere fikk i konkurransen.',
          feedback: 'Et slikt gjennomsnitt gir lett en besparelse som ser større ut enn den er.',
        },
        {
          id: 'd',
          text: 'Prisene som gjelder når avtalen har vært i bruk et års tid.',
          feedback: 'Det er prisene dere måler, ikke utgangspunktet dere måler mot.',
        },
      ],
      correct: 'b',
      explanation:
        'En besparelse er forskjellen mellom to tall. Utgangspunktet er tallet dere måler mot, og det må være dokumentert med kilde og periode før den nye avtalen starter.',
    },
    {
      id: 'q3',
      type: 'multiple',
      text: 'Hvilke forklaringer ga virksomhetene i intervjuene på at så få har dokumentert besparelser? (velg alle som passer)',
      choices: [
        {id: 'a', text: 'Det er vanskelig å måle gevinsten av felles avtaler.'},
        {id: 'b', text: 'Det tar tid før effektene viser seg.'},
        {id: 'c', text: 'Det er for lite tid til å følge opp avtalelojaliteten og bruken av avtalene.'},
        {
          id: 'd',
          text: 'Det er ikke lov å offentliggjøre besparelser fra offentlige avtaler.',
          feedback: 'Ingen slik regel nevnes i kartleggingen, og det er heller ikke forklaringen virksomhetene ga.',
        },
        {
          id: 'e',
          text: 'Leverandørene holder prisene hemmelige for medlemmene.',
          feedback: 'Prisene står i avtalen og er kjent for samarbeidet. Utfordringen er måling og oppfølging.',
        },
      ],
      correct: ['a', 'b', 'c'],
      explanation:
        'Intervjuene pekte på at gevinster er vanskelige å måle, at effektene kommer sent, at det mangler tid til å følge opp lojalitet og bruk, og at systemene for å kontrollere etterlevelsen ikke er gode nok.',
    },
    {
      id: 'q4',
      type: 'truefalse',
      text: 'Påstand: En volumvektet besparelse gir som regel et riktigere bilde enn et enkelt gjennomsnitt av prisendringene.',
      correct: true,
      explanation:
        'Når prisforskjellen for hver vare ganges med antallet som faktisk ble kjøpt, teller varene med mest forbruk mest. Et enkelt gjennomsnitt kan bli skjevt hvis det største prisfallet gjelder en vare nesten ingen kjøper.',
    },
    {
      id: 'q5',
      type: 'truefalse',
      text: 'Påstand: En kvalitetsgevinst teller bare hvis den er regnet om til kroner.',
      correct: false,
      explanation:
        'Bedre kvalitet, sikrere leveranser og avtaler i tråd med regelverket er reelle gevinster. De kan beskrives med ord eller med egne mål, for eksempel færre reklamasjoner, uten å regnes om til kroner.',
    },
    {
      id: 'q6',
      type: 'ordering',
      text: 'Sett trinnene for å dokumentere en besparelse i riktig rekkefølge.',
      items: [
        {id: 'utgangspunkt', text: 'Fastsett og dokumenter utgangspunktet før konkurransen.'},
        {id: 'anslag', text: 'Anslå besparelsen med forventet volum når kontrakten tildeles.'},
        {id: 'data', text: 'Hent faktiske kjøpsdata fra avtaleperioden.'},
        {id: 'realisert', text: 'Beregn realisert besparelse med samme varer og samme metode.'},
        {id: 'rapport', text: 'Rapporter resultatet sammen med kilder og forutsetninger.'},
      ],
      explanation:
        'Utgangspunktet må ligge fast før konkurransen. Anslaget gjøres ved tildeling, og den realiserte besparelsen beregnes etterpå med faktiske tall og samme metode, før resultatet rapporteres med kilder.',
    },
  ],
};

export default quiz;
