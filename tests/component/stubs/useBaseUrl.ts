/** Stand-in for @docusaurus/useBaseUrl: the site at the root, as the default build is. */
export default function useBaseUrl(url: string): string {
  return url;
}
