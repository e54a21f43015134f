/** State of the technology checklist kept in the browser: which tools a cooperation has. Pure. */
import type {Tool} from '../data/technology';

export const TECH_STORAGE_KEY = 'innkjopsportalen.teknologi';
const VERSION = 1;

export type ChecklistRead = {have: string[]; notice?: string};

/** Keeps known tool ids; anything unreadable or unknown is dropped with a Norwegian notice. */
export function readChecklist(raw: string | null, tools: readonly Tool[]): ChecklistRead {
  if (raw === null || raw === '') return {have: []};
  const known = new Set(tools.map((t) => t.id));
  try {
    const data = JSON.parse(raw) as unknown;
    if (typeof data === 'object' && data !== null && (data as {version?: unknown}).version === VERSION) {
      const have = (data as {have?: unknown}).have;
      if (Array.isArray(have)) {
        const kept = have.filter((id): id is string => typeof id === 'string' && known.has(id));
        return kept.length === have.length
          ? {have: kept}
          : {have: kept, notice: 'Noen lagrede svar var ukjente og er fjernet. Resten er beholdt.'};
      }
    }
  } catch {
    // Falls through to the reset below.
  }
  return {have: [], notice: 'De lagrede svarene i sjekklisten var ødelagt og er nullstilt.'};
}

export function serializeChecklist(have: readonly string[]): string {
  return JSON.stringify({version: VERSION, have});
}

export function gaps(have: readonly string[], tools: readonly Tool[]): Tool[] {
  return tools.filter((t) => !have.includes(t.id));
}
