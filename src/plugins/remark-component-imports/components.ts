/** The components editors may use in MDX without importing them; each lives in src/components/<Name>. */
export const MDX_COMPONENT_NAMES = [
  'ApplicableRules',
  'CategoryOverview',
  'Certificate',
  'CourseCatalogue',
  'CourseOverview',
  'Finding',
  'FindingSource',
  'FindingValue',
  'Glossary',
  'Guidance',
  'LearningPaths',
  'MaturityAssessment',
  'ProcessOverview',
  'ProgressTools',
  'Quiz',
  'RaciMatrix',
  'RelatedLinks',
  'RoleCourses',
  'RolePhaseMatrix',
  'RolePhases',
  'SavingsCalculator',
  'SourceIndex',
  'SuitabilityCheck',
  'SurveyChart',
  'TechChecklist',
  'ThresholdAmount',
  'ThresholdTable',
] as const;

export const MDX_COMPONENTS: Readonly<Record<string, string>> = Object.fromEntries(
  MDX_COMPONENT_NAMES.map((name) => [name, `@site/src/components/${name}`]),
);
