/**
 * Who publishes the portal and owns its templates. Written once: the page metadata, the Word files and the
 * certificates take it from here, so a new publisher (Difi's procurement work has since moved to DFØ) is one
 * change, not thirty.
 */
export type Publisher = {
  /** The agency, as it signs documents. */
  name: string;
  /** The unit within it that owns the templates and guides. */
  unit: string;
};

export const PUBLISHER: Publisher = {
  name: 'Difi',
  unit: 'seksjon for offentlige anskaffelser',
};

/** «Difi, seksjon for offentlige anskaffelser»: the owner shown on a template or guide that names no other. */
export function publisherOwner(publisher: Publisher = PUBLISHER): string {
  return `${publisher.name}, ${publisher.unit}`;
}
