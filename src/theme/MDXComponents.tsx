import MDXComponents from '@theme-original/MDXComponents';
import CategoryOverview from '@site/src/components/CategoryOverview';
import Finding from '@site/src/components/Finding';
import FindingSource from '@site/src/components/FindingSource';
import FindingValue from '@site/src/components/FindingValue';
import RelatedLinks from '@site/src/components/RelatedLinks';
import SourceIndex from '@site/src/components/SourceIndex';
import SuitabilityCheck from '@site/src/components/SuitabilityCheck';
import SurveyChart from '@site/src/components/SurveyChart';

/** Components every MDX page can use without importing them. */
export default {
  ...MDXComponents,
  CategoryOverview,
  Finding,
  FindingSource,
  FindingValue,
  RelatedLinks,
  SourceIndex,
  SuitabilityCheck,
  SurveyChart,
};
