import type {SuitabilityWeights} from './suitability';

/**
 * The purchase categories the survey asked about (Kartleggingen 2018, figur 10).
 * `id` is the stable slug used in routes (`/veiledere/<id>`) and guide front matter.
 */
export type CategoryId =
  | 'bygg-og-anlegg'
  | 'fremmede-tjenester'
  | 'eiendom'
  | 'frakt-og-transport'
  | 'ikt'
  | 'kompetanse-og-personal'
  | 'kontor-og-administrasjon'
  | 'reise';

/** Our assessment, for the overview, of how well a category suits buying together. */
export type SuitabilityRating = 'godt-egnet' | 'egnet-med-tilpasning' | 'varierer';

export const SUITABILITY_LABELS: Record<SuitabilityRating, string> = {
  'godt-egnet': 'Godt egnet for felles innkjøp',
  'egnet-med-tilpasning': 'Egnet, men krever lokale tilpasninger',
  varierer: 'Varierer: vurder hver anskaffelse',
};

export type Category = {
  id: CategoryId;
  /** The category's name as the report's figure 10 uses it. */
  name: string;
  /** One line for the overview: what the category covers. */
  summary: string;
  suitability: SuitabilityRating;
  /** Why, in one sentence, grounded in what the report says about suitability. */
  suitabilityReason: string;
  /**
   * How much each question of «Passer dette for samarbeid?» counts for this
   * category (1 when left out): e.g. local flexibility weighs more for office
   * supplies, in-house competence more for ICT.
   */
  weights: SuitabilityWeights;
};

export const CATEGORIES: readonly Category[] = [
  {
    id: 'ikt',
    name: 'IKT',
    summary: 'Maskinvare, programvare, lisenser, telefoni og IKT-tjenester.',
    suitability: 'godt-egnet',
    suitabilityReason:
      'Kompetansekrevende kjøp der samarbeidets fagmiljø gir mest, særlig for standardiserte varer og store avtaler.',
    weights: {kompetanse: 1.5, likhet: 1.5},
  },
  {
    id: 'kontor-og-administrasjon',
    name: 'Kontor og administrasjon',
    summary: 'Kontorrekvisita, papir, møbler, trykk og administrative tjenester.',
    suitability: 'egnet-med-tilpasning',
    suitabilityReason:
      'Standardiserte varer med store volum, men medlemmer langt fra sentrale lagre trenger lokale leveringsvilkår.',
    weights: {fleksibilitet: 1.5, volum: 1.5},
  },
  {
    id: 'reise',
    name: 'Persontransport/reise',
    summary: 'Reisebyrå, fly, hotell, tog, buss og drosje.',
    suitability: 'egnet-med-tilpasning',
    suitabilityReason:
      'Nasjonale leverandører og like behov for reisebyrå og fly, mens drosje og lokal transport ofte må kjøpes lokalt.',
    weights: {marked: 1.5},
  },
  {
    id: 'bygg-og-anlegg',
    name: 'Bygg og anlegg',
    summary: 'Rammeavtaler for håndverkere og rådgivere, og enkeltprosjekter.',
    suitability: 'varierer',
    suitabilityReason:
      'Markedet er ofte lokalt og prosjektene ulike; felles rammeavtaler for rådgivning og standardarbeid kan likevel passe.',
    weights: {marked: 2, likhet: 1.5},
  },
  {
    id: 'eiendom',
    name: 'Eiendom',
    summary: 'Drift og vedlikehold, renhold, vakthold og energi.',
    suitability: 'varierer',
    suitabilityReason:
      'Energi og store driftsavtaler kan samles, mens renhold og vedlikehold ofte avhenger av lokale leverandører.',
    weights: {marked: 1.5, fleksibilitet: 1.5},
  },
  {
    id: 'frakt-og-transport',
    name: 'Frakt og annen transport',
    summary: 'Frakt, bud, kjøretøy, leasing og drivstoff.',
    suitability: 'egnet-med-tilpasning',
    suitabilityReason: 'Leasing og drivstoff passer for store felles avtaler, mens frakt og bud avhenger av geografi.',
    weights: {marked: 1.5},
  },
  {
    id: 'kompetanse-og-personal',
    name: 'Kompetanse og personal',
    summary: 'Kurs og opplæring, bemanning, rekruttering og bedriftshelsetjeneste.',
    suitability: 'egnet-med-tilpasning',
    suitabilityReason:
      'Like behov for kurs og bemanning gjør felles avtaler nyttige, men tjenesten må kunne leveres der medlemmene er.',
    weights: {likhet: 1.5, fleksibilitet: 1.5},
  },
  {
    id: 'fremmede-tjenester',
    name: 'Diverse fremmede tjenester',
    summary: 'Konsulenter, juridisk bistand, revisjon, oversettelse og andre kjøpte tjenester.',
    suitability: 'varierer',
    suitabilityReason:
      'Kompetansekrevende kjøp der samarbeidet kan hjelpe, men behovene er ofte ulike fra oppdrag til oppdrag.',
    weights: {kompetanse: 1.5, likhet: 1.5},
  },
];

export function getCategory(id: string): Category {
  const category = CATEGORIES.find((c) => c.id === id);
  if (!category)
    throw new Error(`Ukjent kategori «${id}». Kjente kategorier: ${CATEGORIES.map((c) => c.id).join(', ')}`);
  return category;
}

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];
