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

export type Category = {
  id: CategoryId;
  /** The category's name as the report's figure 10 uses it. */
  name: string;
};

export const CATEGORIES: readonly Category[] = [
  {id: 'bygg-og-anlegg', name: 'Bygg og anlegg'},
  {id: 'fremmede-tjenester', name: 'Diverse fremmede tjenester'},
  {id: 'eiendom', name: 'Eiendom'},
  {id: 'frakt-og-transport', name: 'Frakt og annen transport'},
  {id: 'ikt', name: 'IKT'},
  {id: 'kompetanse-og-personal', name: 'Kompetanse og personal'},
  {id: 'kontor-og-administrasjon', name: 'Kontor og administrasjon'},
  {id: 'reise', name: 'Persontransport/reise'},
];

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];
