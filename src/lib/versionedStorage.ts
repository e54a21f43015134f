/**
 * One value kept in the reader's browser under one key, as `{version, ...}`:
 * read, validated and written the same way for every tool. Storage is
 * injected, so this module has no DOM dependency.
 *
 * What is stored is never lost behind the reader's back: data that cannot be
 * read, or that is only partly valid, is copied to a set-aside key before
 * anything is written over it; data written by a newer version of the portal
 * (an older copy of the site kept offline meets it) is left alone, and changes
 * are kept for the session only.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** A stored object whose `version` is already known to be the kind's own. */
export type VersionedRecord = {version: number} & Record<string, unknown>;

export type StoredKind<T> = {
  key: string;
  version: number;
  empty: () => T;
  /** Keeps the valid parts of data at this version; `dropped` says whether anything had to go. */
  clean: (data: VersionedRecord) => {value: T; dropped: boolean};
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
};

export const setAsideKey = (key: string): string => `${key}.lagt-til-side`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
      return `${capitalise(noun)} kunne ikke leses og er nullstilt. En kopi av det som var lagret, er lagt til side i nettleseren.`;
    case 'partly-dropped':
      return `Noe i ${noun} var ødelagt og er fjernet. Resten er beholdt, og en kopi av det som var lagret, er lagt til side.`;
    case 'newer-version':
      return `${capitalise(noun)} er lagret av en nyere versjon av portalen og er ikke endret. Last inn siden på nytt for å få den nyeste versjonen. Til da blir endringer her ikke lagret.`;
    case 'storage-blocked':
      return `Nettleseren tillater ikke lagring, så ${noun} blir ikke husket når du lukker siden.`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setAside(storage: StorageLike, key: string, raw: string): void {
  try {
    storage.setItem(setAsideKey(key), raw);
  } catch {
    // Storage full: the original stays under its own key until the reader changes something.
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
    return {value: kind.empty(), problem: 'newer-version', writable: false};
  }
  // Every kind is at its first version; one that changes shape adds its migration here.
  if (!isRecord(data) || data.version !== kind.version) {
    setAside(storage!, kind.key, raw);
    return {value: kind.empty(), problem: 'unreadable', writable: true};
  }
  if (data.version > kind.version) return {value: kind.empty(), problem: 'newer-version', writable: false};
  const {value, dropped} = kind.clean(data as VersionedRecord);
  if (dropped) setAside(storage!, kind.key, raw);
  return {value, problem: dropped ? 'partly-dropped' : undefined, writable: true};
}

/** The stored form of a value, with its version. */
export function serializeStored<T extends object>(kind: StoredKind<T>, value: T): string {
  return JSON.stringify({...value, version: kind.version});
}

/** Writes the value; false when the browser refused (blocked or full). */
export function writeStored<T extends object>(storage: StorageLike | null, kind: StoredKind<T>, value: T): boolean {
  try {
    if (storage === null) return false;
    storage.setItem(kind.key, serializeStored(kind, value));
    return true;
  } catch {
    return false;
  }
}
