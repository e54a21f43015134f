/**
 * The 96 procurement cooperations listed in the report's annex 2
 * («Vedlegg 2: Kartlagte innkjøpssamarbeid»), as the annex writes them.
 */

/** Member types in the combinations the annex uses. */
export type MemberType = 'kommuner' | 'fylkeskommuner' | 'statlige';

/** The report's split: 74 in municipal/county sector, 22 in state sector (Sammendrag). */
export type Sector = 'kommunal' | 'statlig';

export type Cooperation = {
  /** Stable slug, unique. */
  id: string;
  /** Name as in the annex, with obvious typos corrected and the abbreviation removed from the name. */
  name: string;
  /** Abbreviation where the annex (or figure 1's county text) gives one, e.g. "ØRIK". */
  abbreviation?: string;
  /** Member types as the annex's «Medlemmer» column gives them, in the order kommuner, fylkeskommuner, statlige. */
  members: readonly MemberType[];
  sector: Sector;
};

export const COOPERATIONS: readonly Cooperation[] = [];
