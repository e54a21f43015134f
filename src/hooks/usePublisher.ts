import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PUBLISHER, type Publisher} from '@site/src/data/publisher';

/** The publisher this build was made for (docusaurus.config.ts puts the resolved one in customFields). */
export function usePublisher(): Publisher {
  const configured = useDocusaurusContext().siteConfig.customFields?.publisher;
  return (configured as Publisher | undefined) ?? PUBLISHER;
}
