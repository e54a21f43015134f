/** Stand-in for @docusaurus/useIsBrowser in jsdom: component tests render in a browser from the start, with no hydration. */
export default function useIsBrowser(): boolean {
  return typeof window !== 'undefined';
}
