/**
 * One value kept in the reader's browser under one key, as `{version, ...}`:
 * read, validated and written the same way for every tool. Storage is
 * injected, so this module has no DOM dependency.
 *
 * What is stored is never lost behind the reader's back. Reading never
 * writes. Data that cannot be read, or that is only partly valid, is copied to
 * a set-aside key by the first write, before anything replaces it. Data
 * written by a newer version of the portal (an older copy of the site kept
 * offline meets it) is not written over at all, unless the reader asks to
 * start afresh; then it too is set aside first.
 */
import {capitalize} from './text';
import {isRecord} from './schema';
import {setAsideKey} from './storageKeys';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** A stored object whose `version` is already known to be the kind's own. */
export type VersionedRecord = {version: number} & Record<string, unknown>;

export type StoredKind<T> = {
  key: string;
  version: number;
  empty: () => T;
  /**
   * Keeps the valid parts of data at this version; `dropped` says whether anything had to go, and `why`, when
   * given, tells the reader in place of the general notice (for example that only the first lines are shown).
   */
  clean: (data: VersionedRecord) => {value: T; dropped: boolean; why?: string};
  /** The stored thing in running text, definite form: «svarene i sjekklisten». */
  noun: string;
};

/** Why the value read is not simply what was stored. */
export type StoredProblem = 'unreadable' | 'partly-dropped' | 'newer-version' | 'storage-blocked';

export type StoredRead<T> = {
  value: T;
  problem?: StoredProblem;
  /** False when writing would destroy data this code cannot read (a newer version): changes last the session. */
  writable: boolean;
  /** What was stored, when it was not kept whole: the first write sets it aside. */
  original?: string;
  /** The kind's own words for what was left out, shown instead of the general notice. */
  why?: string;
};

export {setAsideKey};

/** The Norwegian notice for a problem, for the reader; undefined when there is none. */
export function storedNotice(
  kind: Pick<StoredKind<unknown>, 'noun'>,
  problem: StoredProblem | undefined,
): string | undefined {
  const noun = kind.noun;
  switch (problem) {
    case undefined:
      return undefined;
    case 'unreadable':
      return `${capitalize(noun)} kunne ikke leses, så du begynner på nytt. Det som var lagret, blir tatt vare på som en kopi i nettleseren før noe nytt lagres.`;
    case 'partly-dropped':
      return `Noe i ${noun} var ødelagt og er utelatt. Resten er beholdt, og det som var lagret, blir tatt vare på som en kopi før noe nytt lagres.`;
    case 'newer-version':
      return `${capitalize(noun)} er lagret av en nyere versjon av portalen og blir ikke endret. Last inn siden på nytt for å få den nyeste versjonen. Til da blir endringer her ikke lagret, med mindre du velger å begynne på nytt.`;
    case 'storage-blocked':
      return `Nettleseren tillater ikke lagring, så ${noun} blir ikke husket når du lukker siden.`;
  }
}

/** Reads the kind's value; storage `null` means the browser refused access to it. */
export function readStored<T>(storage: StorageLike | null, kind: StoredKind<T>): StoredRead<T> {
  let raw: string | null;
  try {
    if (storage === null) throw new Error('no storage');
    raw = storage.getItem(kind.key);
  } catch {
    return {value: kind.empty(), problem: 'storage-blocked', writable: true};
  }
  if (raw === null || raw === '') return {value: kind.empty(), writable: true};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (isRecord(data) && typeof data.version === 'number' && data.version > kind.version) {
    return {value: kind.empty(), problem: 'newer-version', writable: false, original: raw};
  }
  const unreadable: StoredRead<T> = {value: kind.empty(), problem: 'unreadable', writable: true, original: raw};
  // Every kind is at its first version; one that changes shape adds its migration here.
  if (!isRecord(data) || data.version !== kind.version) return unreadable;
  try {
    const {value, dropped, why} = kind.clean(data as VersionedRecord);
    if (!dropped) return {value, writable: true};
    return {value, problem: 'partly-dropped', writable: true, original: raw, ...(why ? {why} : {})};
  } catch {
    // A shape no cleaner foresaw (deep nesting, a getter that throws) is treated as unreadable, not as a crash.
    return unreadable;
  }
}

/** The stored form of a value, with its version. */
export function serializeStored<T extends object>(kind: StoredKind<T>, value: T): string {
  return JSON.stringify({...value, version: kind.version});
}

/**
 * Writes the value; false when the browser refused (blocked or full). `setAside` is what was stored before and is
 * about to be replaced although it was not kept whole: it is copied to the set-aside key first, and if that copy
 * cannot be made, nothing is written.
 */
export function writeStored<T extends object>(
  storage: StorageLike | null,
  kind: StoredKind<T>,
  value: T,
  setAside?: string,
): boolean {
  return writeKeepingCopy(storage, kind.key, serializeStored(kind, value), setAside);
}

/** Writes `text` under `key`, first copying `setAside` (what it replaces) to the set-aside key; false if refused. */
export function writeKeepingCopy(
  storage: StorageLike | null,
  key: string,
  text: string,
  setAside: string | undefined,
): boolean {
  try {
    if (storage === null) return false;
    if (setAside !== undefined) storage.setItem(setAsideKey(key), setAside);
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
