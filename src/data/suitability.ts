/**
 * The questions, answer options and advice texts of «Passer dette for
 * samarbeid?». The report (Vedlegg 3) says suitability depends on how alike the
 * members' requirements are and where the market is; its interviews add volume,
 * local flexibility and in-house competence. The scoring is in src/lib/suitability.ts.
 */

export type QuestionId = 'likhet' | 'marked' | 'volum' | 'fleksibilitet' | 'kompetanse';

export type AnswerOption = {
  value: string;
  label: string;
  /** Points towards buying together: positive for, negative against. */
  points: number;
  /** Why this answer pulls the way it does, in Norwegian. */
  reason: string;
};

export type Question = {id: QuestionId; text: string; hint: string; options: readonly AnswerOption[]};

export const QUESTIONS: readonly Question[] = [
  {
    id: 'likhet',
    text: 'Hvor like er behovene og kravene hos medlemmene?',
    hint: 'Tenk på kravspesifikasjonen: kunne én felles spesifikasjon dekket de fleste?',
    options: [
      {
        value: 'like',
        label: 'Stort sett like',
        points: 2,
        reason: 'Like krav gjør det enkelt å lage én felles kravspesifikasjon.',
      },
      {
        value: 'delvis',
        label: 'Delvis like',
        points: 0,
        reason: 'Delvis like krav kan samles i en felles kjerne med valgfrie tillegg.',
      },
      {
        value: 'ulike',
        label: 'Svært ulike',
        points: -2,
        reason: 'Svært ulike krav gir en spesifikasjon som passer dårlig for mange medlemmer.',
      },
    ],
  },
  {
    id: 'marked',
    text: 'Hvor finnes leverandørene?',
    hint: 'Leverer de samme leverandørene til hele området, eller er markedet lokalt?',
    options: [
      {
        value: 'nasjonalt',
        label: 'Nasjonalt marked',
        points: 2,
        reason: 'Et nasjonalt marked kan levere til alle medlemmene, og større volum gir bedre vilkår.',
      },
      {
        value: 'regionalt',
        label: 'Regionalt marked',
        points: 1,
        reason: 'Et regionalt marked passer for samarbeid når medlemmene ligger i samme region.',
      },
      {
        value: 'lokalt',
        label: 'Lokale leverandører',
        points: -2,
        reason:
          'Lokale leverandører kan sjelden betjene et stort område, og geografien kan avgjøre hvem som kan levere.',
      },
    ],
  },
  {
    id: 'volum',
    text: 'Hvor stort er volumet hos dere alene?',
    hint: 'Sammenlign med de andre medlemmene i samarbeidet.',
    options: [
      {value: 'lite', label: 'Lite', points: 2, reason: 'Med lite volum øker samarbeidet innkjøpsmakten mest.'},
      {value: 'middels', label: 'Middels', points: 1, reason: 'Med middels volum gir samarbeidet noe bedre vilkår.'},
      {
        value: 'stort',
        label: 'Stort, vi er blant de største',
        points: 0,
        reason: 'Store medlemmer har allerede mye av volumet, og gevinsten av å slå seg sammen er mindre.',
      },
    ],
  },
  {
    id: 'fleksibilitet',
    text: 'Hvor viktig er lokal fleksibilitet?',
    hint: 'For eksempel leveringssted og -hyppighet, lokale leverandører eller egne varianter.',
    options: [
      {
        value: 'lite',
        label: 'Lite viktig',
        points: 1,
        reason: 'Lite behov for lokal fleksibilitet gjør en felles avtale enkel å bruke.',
      },
      {
        value: 'noe',
        label: 'Noe viktig',
        points: -1,
        reason: 'Noe behov for lokal fleksibilitet kan løses med lokale tilpasninger i avtalen.',
      },
      {
        value: 'svaert',
        label: 'Svært viktig',
        points: -2,
        reason:
          'Stort behov for lokal fleksibilitet kan gjøre en felles avtale tungvint, for eksempel med sjeldnere leveranser fra sentrale lagre.',
      },
    ],
  },
  {
    id: 'kompetanse',
    text: 'Har dere selv kompetanse til å gjennomføre konkurransen?',
    hint: 'Juridisk, innkjøpsfaglig og faglig kompetanse i kategorien.',
    options: [
      {
        value: 'nei',
        label: 'Nei',
        points: 2,
        reason: 'Uten egen kompetanse gir samarbeidet tilgang til et fagmiljø og avlastning.',
      },
      {value: 'delvis', label: 'Delvis', points: 1, reason: 'Med delvis kompetanse kan samarbeidet fylle hullene.'},
      {
        value: 'ja',
        label: 'Ja',
        points: 0,
        reason: 'Med god egen kompetanse er fagmiljøet i samarbeidet mindre avgjørende.',
      },
    ],
  },
];

/** How much each question counts for a category; 1 when not given. */
export type SuitabilityWeights = Partial<Record<QuestionId, number>>;

export type Recommendation = 'sammen' | 'sammen-med-tilpasning' | 'alene';

export const RECOMMENDATION_TEXT: Record<Recommendation, {title: string; advice: string}> = {
  sammen: {
    title: 'Kjøp sammen',
    advice: 'Kategorien ser ut til å passe godt for en felles anskaffelse i samarbeidet.',
  },
  'sammen-med-tilpasning': {
    title: 'Kjøp sammen, med lokale tilpasninger',
    advice:
      'Gå sammen om avtalen, men bygg inn lokale tilpasninger, for eksempel delområder, lokale leveringsvilkår eller valgfrie tillegg.',
  },
  alene: {
    title: 'Kjøp alene eller med noen få naboer',
    advice:
      'En felles avtale for hele samarbeidet passer trolig dårlig. Vurder å kjøpe selv, eventuelt med noen få medlemmer med like behov, og bruk samarbeidets maler og rådgivning.',
  },
};
