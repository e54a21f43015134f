/** Stand-in for @docusaurus/useDocusaurusContext: a site with no custom fields, so components fall back to their defaults. */
export default function useDocusaurusContext(): {siteConfig: {url: string; customFields: Record<string, unknown>}} {
  return {siteConfig: {url: 'http://localhost:3000', customFields: {}}};
}
