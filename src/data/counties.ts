/**
 * County overview of municipal and county cooperations: the text of the report's
 * figure 1 («Antall registrerte innkjøpsnettverk») and its page «Kommuner uten
 * innkjøpssamarbeid». Counties as they were in 2017, when the mapping was done.
 */

export type CountyOverview = {
  /** Stable slug. */
  id: string;
  /** County name as the report writes it (2017 county structure). */
  name: string;
  /** What figure 1 says about the county's cooperations, in our own words (Norwegian). */
  cooperations: string;
  /** Cooperations figure 1 names for the county, abbreviation or name as written there. */
  named: readonly string[];
  /**
   * Municipalities not in any mapped cooperation, as the county page states it:
   * a number, 0 when the report says all take part, or null when the report gives no number.
   */
  municipalitiesOutside: number | null;
  /** Total municipalities in the county where the report states it (e.g. Nordland 44). */
  municipalitiesTotal?: number;
  /** What the county page says, in our own words (Norwegian). */
  outsideNote: string;
};

export const COUNTIES: readonly CountyOverview[] = [];
