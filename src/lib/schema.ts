/**
 * zod/mini for data read in the browser (stored and imported values): the same validation as zod's classic API
 * at a fraction of the bytes. Imported from here so its one setting applies wherever it runs: zod otherwise probes
 * for `new Function` to compile fast parsers, the site's CSP forbids eval, and browsers report the probe as a
 * policy violation although zod catches it.
 */
import * as z from './zodMini';

z.config({jitless: true});

export {z};

/** A JSON object: not null, not an array. The first question for any stored or imported value. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
