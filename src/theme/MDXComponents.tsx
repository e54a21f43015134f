import MDXComponents from '@theme-original/MDXComponents';
import Finding from '@site/src/components/Finding';
import FindingSource from '@site/src/components/FindingSource';
import FindingValue from '@site/src/components/FindingValue';
import SourceIndex from '@site/src/components/SourceIndex';
import SurveyChart from '@site/src/components/SurveyChart';

/** Components every MDX page can use without importing them. */
export default {
  ...MDXComponents,
  Finding,
  FindingSource,
  FindingValue,
  SourceIndex,
  SurveyChart,
};
