/** Stand-in for @docusaurus/useBrokenLinks in jsdom: the build checks anchors, component tests only render. */
export default function useBrokenLinks(): {collectAnchor: (id: string) => void; collectLink: (link: string) => void} {
  return {collectAnchor: () => undefined, collectLink: () => undefined};
}
