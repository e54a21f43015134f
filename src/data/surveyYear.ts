/**
 * The year of the mapping (KPMG for Difi, 2018) that every figure in survey.ts
 * describes. A module of its own so that formatting code can name the year
 * without pulling the survey's data into every page's bundle.
 */
export const SURVEY_YEAR = 2018;
