/**
 * The local search's index without term positions. The plugin keeps every match's position only to mark words in a
 * result's excerpt, and they are a third of what a reader downloads before the first answer; the excerpt is found
 * and marked from the query's words instead (`excerptAround` in src/lib/searchResults.ts). Build time only.
 */

type InvertedEntry = Record<string, unknown> & {_index?: number};
type IndexPart = {documents: unknown[]; index: {invertedIndex: [string, InvertedEntry][]} & Record<string, unknown>};

const isPart = (value: unknown): value is IndexPart =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as IndexPart).documents) &&
  Array.isArray((value as IndexPart).index?.invertedIndex);

/**
 * Every match keeps the documents it is in and drops its metadata (positions), which search does not use. Throws on
 * anything that is not the plugin's index, so a changed format stops the build instead of breaking search.
 */
export function withoutPositions(index: unknown): IndexPart[] {
  if (!Array.isArray(index) || !index.every(isPart)) {
    throw new Error('Søkeindeksen har ikke formatet søketillegget pleier å lage; kan ikke gjøre den mindre.');
  }
  return index.map((part) => ({
    ...part,
    index: {
      ...part.index,
      invertedIndex: part.index.invertedIndex.map(([term, entry]) => [
        term,
        Object.fromEntries(
          Object.entries(entry).map(([field, docs]) =>
            field === '_index' || typeof docs !== 'object' || docs === null
              ? [field, docs]
              : [field, Object.fromEntries(Object.keys(docs).map((ref) => [ref, {}]))],
          ),
        ),
      ]),
    },
  }));
}
