// The local search plugin ships no types for its worker bridge; these are the shapes src/browser/searchByWorker.ts uses.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js' {
  export type SearchResult = {
    document: {i: number; t: string; u: string; h?: string; p?: number; s?: string};
    type: number;
    page?: unknown;
    metadata: Record<string, unknown>;
    tokens: string[];
    score: number;
    isInterOfTree?: boolean;
    isLastOfTree?: boolean;
  };
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]>;
}

// The plugin's helpers that the stand-in search page (src/browser/searchPage.tsx) and dropdown template use.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/hooks/useSearchQuery.js' {
  export default function useSearchQuery(): {
    searchValue: string;
    searchContext: string;
    searchVersion: string;
    updateSearchPath: (query: string) => void;
    updateSearchContext: (context: string) => void;
  };
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated.js' {
  export const searchContextByPaths: (string | {label: string | Record<string, string>; path: string})[] | undefined;
  export const useAllContextsWithNoSearchContext: boolean;
  export const Mark: unknown;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/normalizeContextByPath.js' {
  export function normalizeContextByPath(
    context: string | {label: string | Record<string, string>; path: string},
    locale: string,
  ): {label: string; path: string};
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight.js' {
  export function highlight(content: string, tokens: string[]): string;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing.jsx' {
  export default function LoadingRing(): React.ReactElement;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage/SearchPage.module.css' {
  const styles: Record<string, string>;
  export default styles;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/escapeHtml.js' {
  export function escapeHtml(text: string): string;
}
