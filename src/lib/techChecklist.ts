/** State of the technology checklist kept in the browser: which tools a cooperation has. Pure. */
import type {Tool} from '../data/technology';
import type {StoredKind} from './versionedStorage';

export type Checklist = {have: string[]};

/** The checklist as kept in the browser: the ids of the tools ticked; ids no longer in the list are dropped. */
export function checklistKind(tools: readonly Tool[]): StoredKind<Checklist> {
  const known = new Set(tools.map((t) => t.id));
  return {
    key: 'innkjopsportalen.teknologi',
    version: 1,
    noun: 'svarene i sjekklisten',
    empty: () => ({have: []}),
    clean: (data) => {
      if (!Array.isArray(data.have)) return {value: {have: []}, dropped: true};
      const have = data.have.filter((id): id is string => typeof id === 'string' && known.has(id));
      return {value: {have: [...new Set(have)]}, dropped: have.length !== data.have.length};
    },
  };
}

export function gaps(have: readonly string[], tools: readonly Tool[]): Tool[] {
  return tools.filter((t) => !have.includes(t.id));
}
