import MDXComponents from '@theme-original/MDXComponents';
import CategoryOverview from '@site/src/components/CategoryOverview';
import Certificate from '@site/src/components/Certificate';
import CourseCatalogue from '@site/src/components/CourseCatalogue';
import CourseOverview from '@site/src/components/CourseOverview';
import Finding from '@site/src/components/Finding';
import FindingSource from '@site/src/components/FindingSource';
import FindingValue from '@site/src/components/FindingValue';
import LearningPaths from '@site/src/components/LearningPaths';
import MaturityAssessment from '@site/src/components/MaturityAssessment';
import ProcessOverview from '@site/src/components/ProcessOverview';
import ProgressTools from '@site/src/components/ProgressTools';
import Quiz from '@site/src/components/Quiz';
import RaciMatrix from '@site/src/components/RaciMatrix';
import RelatedLinks from '@site/src/components/RelatedLinks';
import RoleCourses from '@site/src/components/RoleCourses';
import RolePhaseMatrix from '@site/src/components/RolePhaseMatrix';
import RolePhases from '@site/src/components/RolePhases';
import SavingsCalculator from '@site/src/components/SavingsCalculator';
import SourceIndex from '@site/src/components/SourceIndex';
import SuitabilityCheck from '@site/src/components/SuitabilityCheck';
import SurveyChart from '@site/src/components/SurveyChart';
import TechChecklist from '@site/src/components/TechChecklist';

/** Components every MDX page can use without importing them. */
export default {
  ...MDXComponents,
  CategoryOverview,
  Certificate,
  CourseCatalogue,
  CourseOverview,
  Finding,
  FindingSource,
  FindingValue,
  LearningPaths,
  MaturityAssessment,
  ProcessOverview,
  ProgressTools,
  Quiz,
  RaciMatrix,
  RelatedLinks,
  RoleCourses,
  RolePhaseMatrix,
  RolePhases,
  SavingsCalculator,
  SourceIndex,
  SuitabilityCheck,
  SurveyChart,
  TechChecklist,
};
