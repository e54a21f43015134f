type Context = {siteConfig: {url: string; baseUrl: string; customFields: Record<string, unknown>}};

/** Stand-in for @docusaurus/useDocusaurusContext: a site with no custom fields, so components fall back to their defaults. */
export default function useDocusaurusContext(): Context {
  return {siteConfig: {url: 'http://localhost:3000', baseUrl: '/', customFields: {}}};
}
