/**
 * Who publishes the portal and owns its templates. Written once: the header, the footer, the page metadata, the
 * Word files and the certificates take it from here, so a new publisher (Difi's procurement work has since moved
 * to DFØ) is one change, not thirty. A deployment overrides it at build time (src/lib/publisherConfig.ts).
 */
export type Publisher = {
  /** The agency, as it signs documents. */
  name: string;
  /** The unit within it that owns the templates and guides. */
  unit: string;
  /** The agency's name as the header shows it beside the portal's. */
  logoText: string;
  /** Where readers write; empty when not configured, and then no contact line is shown. */
  email: string;
  /** Postal address, one line per entry; empty when not configured. */
  postalAddress: readonly string[];
};

/**
 * Difi's own contact e-mail and postal address could not be confirmed in a published source (checked 2026-12-01),
 * so they are left empty rather than guessed; set PUBLISHER_EMAIL and PUBLISHER_ADDRESS when building.
 */
export const PUBLISHER: Publisher = {
  name: 'Difi',
  unit: 'seksjon for offentlige anskaffelser',
  logoText: 'Difi',
  email: '',
  postalAddress: [],
};

/** «Difi, seksjon for offentlige anskaffelser»: the owner shown on a template or guide that names no other. */
export function publisherOwner(publisher: Publisher = PUBLISHER): string {
  return `${publisher.name}, ${publisher.unit}`;
}
