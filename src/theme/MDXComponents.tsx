import MDXComponents from '@theme-original/MDXComponents';
import CategoryOverview from '@site/src/components/CategoryOverview';
import Certificate from '@site/src/components/Certificate';
import CourseCatalogue from '@site/src/components/CourseCatalogue';
import CourseOverview from '@site/src/components/CourseOverview';
import Finding from '@site/src/components/Finding';
import FindingSource from '@site/src/components/FindingSource';
import FindingValue from '@site/src/components/FindingValue';
import LearningPaths from '@site/src/components/LearningPaths';
import ProgressTools from '@site/src/components/ProgressTools';
import Quiz from '@site/src/components/Quiz';
import RelatedLinks from '@site/src/components/RelatedLinks';
import SourceIndex from '@site/src/components/SourceIndex';
import SuitabilityCheck from '@site/src/components/SuitabilityCheck';
import SurveyChart from '@site/src/components/SurveyChart';

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
  ProgressTools,
  Quiz,
  RelatedLinks,
  SourceIndex,
  SuitabilityCheck,
  SurveyChart,
};
