// The local search plugin ships no types for its worker bridge; these are the shapes src/browser/searchByWorker.ts uses.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js' {
  export type SearchResult = {
    document: {i: number; t: string; u: string; h?: string; p?: number; s?: string};
    type: number;
    page?: unknown;
    metadata: unknown;
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
