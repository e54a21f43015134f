/**
 * Queries a buyer, a learner and an editor type, each with the page that must be among the first five results.
 * tests/e2e/searchQuality.e2e.ts runs them against the built site; a change to content or search that drops the
 * share that passes below SEARCH_PASS_SHARE fails it, and every miss is printed.
 *
 * `who` says whose words these are, so a miss can be judged: buyer (at the desk, in the middle of a purchase),
 * learner (taking a course), editor (looking for a template or a page to update).
 */

export type SearchQuery = {
  query: string;
  /** Path of the page, as in the sitemap. */
  expect: string;
  who: 'buyer' | 'learner' | 'editor';
};

export const SEARCH_PASS_SHARE = 0.9;

/** How many results the reader looks at. */
export const SEARCH_TOP = 5;

const REGELVERK = '/handbok/regelverk';

/** The issue's own examples: each must bring its page into the first three, whatever the share of the rest. */
export const TOP_THREE = 3;
export const MUST_BE_TOP_THREE: readonly string[] = [
  'flyreiser',
  'terskelverdi',
  'SSA',
  'dynamisk innkjøpsordning',
  'stordriftsfordeler',
];

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // The examples: the reader's words, not the site's.
  {query: 'flyreiser', expect: '/veiledere/reise/', who: 'buyer'},
  {query: 'stordriftsfordeler', expect: '/kurs/innkjopssamarbeid/hvorfor-samarbeide/', who: 'learner'},
  {query: 'konkurransegjennomføring', expect: '/handbok/prosess/konkurranse/', who: 'buyer'},
  {query: 'ssa-avtale', expect: `${REGELVERK}/samarbeid/`, who: 'buyer'},
  {query: 'SSA', expect: `${REGELVERK}/samarbeid/`, who: 'buyer'},
  {query: 'terskelverdi', expect: `${REGELVERK}/verdi-og-terskelverdier/`, who: 'buyer'},
  {query: 'dynamisk innkjøpsordning', expect: `${REGELVERK}/samarbeid/`, who: 'buyer'},
  {query: 'rammeavtale', expect: `${REGELVERK}/samarbeid/`, who: 'buyer'},

  // Legal terms.
  {query: 'karensperiode', expect: `${REGELVERK}/etter-tildeling/`, who: 'buyer'},
  {query: 'KOFA', expect: `${REGELVERK}/etter-tildeling/`, who: 'buyer'},
  {query: 'klage', expect: `${REGELVERK}/etter-tildeling/`, who: 'buyer'},
  {query: 'innsyn', expect: `${REGELVERK}/etter-tildeling/`, who: 'buyer'},
  {query: 'Doffin', expect: `${REGELVERK}/prosedyrer-og-kunngjoring/`, who: 'buyer'},
  {query: 'kunngjøring', expect: `${REGELVERK}/prosedyrer-og-kunngjoring/`, who: 'buyer'},
  {query: 'ESPD', expect: `${REGELVERK}/kvalifikasjon-og-tildeling/`, who: 'buyer'},
  {query: 'kvalifikasjonskrav', expect: `${REGELVERK}/kvalifikasjon-og-tildeling/`, who: 'buyer'},
  {query: 'tildelingskriterier', expect: `${REGELVERK}/kvalifikasjon-og-tildeling/`, who: 'buyer'},
  {query: 'egenregi', expect: `${REGELVERK}/samarbeid/`, who: 'buyer'},
  {query: 'direkte anskaffelse', expect: `${REGELVERK}/verdi-og-terskelverdier/`, who: 'buyer'},
  {query: 'hvilke regler gjelder', expect: `${REGELVERK}/hvilke-regler-gjelder/`, who: 'buyer'},
  {query: 'ordliste', expect: '/handbok/begreper/', who: 'learner'},

  // Templates and handbook pages.
  {query: 'avviksrapport', expect: '/handbok/prosess/avviksrapport/', who: 'editor'},
  {query: 'mal for avviksrapport', expect: '/handbok/prosess/avviksrapport/', who: 'editor'},
  {
    query: 'handlingsplan kontraktsoppfølging',
    expect: '/handbok/prosess/handlingsplan-kontraktsoppfolging/',
    who: 'editor',
  },
  {query: 'oppstartsmøte', expect: '/handbok/mandat/oppstartsmote/', who: 'editor'},
  {query: 'mandat', expect: '/handbok/mandat/', who: 'editor'},
  {query: 'modenhetsanalyse', expect: '/handbok/modenhet/', who: 'editor'},
  {query: 'teknologistøtte', expect: '/handbok/teknologi/', who: 'editor'},
  {query: 'behovskartlegging', expect: '/handbok/prosess/behovskartlegging/', who: 'buyer'},
  {query: 'gevinstrealisering', expect: '/handbok/prosess/gevinstrealisering/', who: 'buyer'},
  {query: 'måle besparelser', expect: '/handbok/gevinstmaling/', who: 'editor'},
  {query: 'kontraktsforvalter', expect: '/handbok/roller/kontraktsforvalter/', who: 'editor'},
  {query: 'juridisk rådgiver', expect: '/handbok/roller/juridisk-radgiver/', who: 'editor'},
  {query: 'kategoriansvarlig', expect: '/handbok/roller/kategoriansvarlig/', who: 'editor'},
  {query: 'anbefalte tiltak', expect: '/handbok/funn/tiltak/', who: 'editor'},

  // Courses.
  {query: 'avtalelojalitet', expect: '/kurs/kontraktsoppfolging/avtalelojalitet/', who: 'learner'},
  {query: 'nøkkeltall', expect: '/kurs/kontraktsoppfolging/nokkeltall/', who: 'learner'},
  {query: 'kravspesifikasjon', expect: '/kurs/anskaffelsesprosessen/kravspesifikasjon/', who: 'learner'},
  {query: 'hvorfor samarbeide', expect: '/kurs/innkjopssamarbeid/hvorfor-samarbeide/', who: 'learner'},

  // Categories, in the words of the category or of a thing bought in it.
  {query: 'IKT', expect: '/veiledere/ikt/', who: 'buyer'},
  {query: 'bygg og anlegg', expect: '/veiledere/bygg-og-anlegg/', who: 'buyer'},
  {query: 'renhold', expect: '/veiledere/eiendom/', who: 'buyer'},
  {query: 'hotell', expect: '/veiledere/reise/', who: 'buyer'},
  {query: 'kontorrekvisita', expect: '/veiledere/kontor-og-administrasjon/', who: 'buyer'},
  {query: 'vikartjenester', expect: '/veiledere/kompetanse-og-personal/', who: 'buyer'},
  {query: 'frakt', expect: '/veiledere/frakt-og-transport/', who: 'buyer'},
  {query: 'konsulenttjenester', expect: '/veiledere/fremmede-tjenester/', who: 'buyer'},

  // Cooperations and counties (src/data/cooperations.ts, src/data/counties.ts).
  {query: 'ØRIK', expect: '/samarbeid/', who: 'buyer'},
  {query: 'innkjøpssamarbeid Bergen', expect: '/samarbeid/', who: 'buyer'},
  {query: 'Nordland', expect: '/handbok/funn/deltakelse/', who: 'editor'},
  {query: 'Finnmark', expect: '/handbok/funn/deltakelse/', who: 'editor'},

  // Typos in longer words.
  {query: 'kontraktsoppfølgning', expect: '/handbok/prosess/kontraktsoppfolging/', who: 'buyer'},
  {query: 'karensperide', expect: `${REGELVERK}/etter-tildeling/`, who: 'buyer'},
];
