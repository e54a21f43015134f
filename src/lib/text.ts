/** Text helpers shared by search-like features and anchors. */

/**
 * Lower case without diacritics, with the Norwegian letters folded to what a
 * reader types on a keyboard without them: "ØRIK" and "orik" both become "orik".
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A DOM id or URL slug: folded, with runs of anything else turned into one hyphen. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The text trimmed, or "" when it has nothing a reader can see (spaces, zero-width and other format characters). */
export function visibleText(text: string): string {
  return /^[\p{Cf}\p{Z}\s]*$/u.test(text) ? '' : text.trim();
}
