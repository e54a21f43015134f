/** State of the technology checklist kept in the browser: which tools a cooperation has. Pure. */
import type {Tool} from '../data/technology';
import type {StoredKind} from './versionedStorage';
import {z} from './schema';
import {STORAGE_KEYS} from './storageKeys';

export type Checklist = {have: string[]};

/** The checklist as kept in the browser: the ids of the tools ticked; ids no longer in the list are dropped. */
export function checklistKind(tools: readonly Tool[]): StoredKind<Checklist> {
  const known = new Set(tools.map((t) => t.id));
  return {
    key: STORAGE_KEYS.checklist,
    version: 1,
    noun: 'svarene i sjekklisten',
    empty: () => ({have: []}),
    clean: (data) => {
      const list = z.array(z.unknown()).safeParse(data.have);
      if (!list.success) return {value: {have: []}, dropped: true};
      const have = list.data.filter((id): id is string => typeof id === 'string' && known.has(id));
      return {value: {have: [...new Set(have)]}, dropped: have.length !== list.data.length};
    },
  };
}

export function gaps(have: readonly string[], tools: readonly Tool[]): Tool[] {
  return tools.filter((t) => !have.includes(t.id));
}
