import type {SurveyFinding} from '@site/src/data/survey';

/** Answer categories, values for two sectors, and a category the report gives no state figure for. */
export const byCategory: SurveyFinding = {
  id: 'testfunn',
  title: 'Svakheter i testen',
  label: 'opplever dette som en svakhet',
  context: 'Et funn laget for testene.',
  unit: 'prosent',
  categories: {forankring: 'Svak forankring', ressurser: 'For lite ressurser', behov: 'Uklare behov'},
  values: [
    {category: 'forankring', group: 'kommune', value: 40},
    {category: 'ressurser', group: 'stat', value: 12},
    {category: 'behov', group: 'kommune', value: 25},
    {category: 'behov', group: 'stat', value: 33},
  ],
  n: 100,
  source: {figure: 7, section: 'Testavsnitt'},
};

/** No answer categories: one value per sector. */
export const bySector: SurveyFinding = {
  id: 'sektorfunn',
  label: 'sier ja',
  context: 'Et funn laget for testene.',
  unit: 'prosent',
  values: [
    {group: 'kommune', value: 20},
    {group: 'stat', value: 75},
  ],
  source: {section: 'Testavsnitt'},
};

/** One count that is a part of a whole, for all respondents. */
export const partOfWhole: SurveyFinding = {
  id: 'andel',
  label: 'kommuner er med',
  context: 'Et funn laget for testene.',
  unit: 'antall',
  values: [{group: 'alle', value: 300, of: 400}],
  source: {section: 'Testavsnitt'},
};

/** Answer categories, every value for all respondents. */
export const forEveryone: SurveyFinding = {
  id: 'alle',
  label: 'kjøper sammen',
  context: 'Et funn laget for testene.',
  unit: 'prosent',
  categories: {a: 'Kategori A', b: 'Kategori B'},
  values: [
    {category: 'a', group: 'alle', value: 60},
    {category: 'b', group: 'alle', value: 50},
  ],
  source: {section: 'Testavsnitt'},
};
