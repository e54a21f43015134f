/** Facts about the portal itself. */

/** The day the portal opened (blog/2026-11-24-innkjopsportalen-apner.md): nothing it stored can be older. */
export const FIRST_RELEASE = '2026-11-24';
