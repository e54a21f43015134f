import {describe, expect, it} from 'vitest';
import {
  readStored,
  serializeStored,
  setAsideKey,
  storedNotice,
  writeStored,
  type StoredKind,
} from '@site/src/lib/versionedStorage';
import {fullStorage, memoryStorage} from '../helpers/memoryStorage';

type Notes = {notes: string[]};

/** A kind whose valid data is a list of texts; anything else in the list is dropped. */
const notesKind: StoredKind<Notes> = {
  key: 'test.notater',
  version: 2,
  noun: 'notatene',
  empty: () => ({notes: []}),
  clean: (data) => {
    const list = Array.isArray(data.notes) ? data.notes : [];
    const notes = list.filter((n): n is string => typeof n === 'string');
    return {value: {notes}, dropped: !Array.isArray(data.notes) || notes.length !== list.length};
  },
};

const stored = (value: unknown) => memoryStorage({[notesKind.key]: JSON.stringify(value)});

describe('versioned storage', () => {
  it('starts empty and without a problem when nothing is stored', () => {
    expect(readStored(memoryStorage(), notesKind)).toEqual({value: {notes: []}, writable: true});
  });

  it('reads back what it wrote, with the version', () => {
    const storage = memoryStorage();
    expect(writeStored(storage, notesKind, {notes: ['a', 'b']})).toBe(true);
    expect(JSON.parse(storage.data.get(notesKind.key)!)).toEqual({notes: ['a', 'b'], version: notesKind.version});
    expect(readStored(storage, notesKind)).toEqual({value: {notes: ['a', 'b']}, writable: true});
  });

  it.each([['{ødelagt'], ['[]'], ['"tekst"'], ['{"notes":[]}'], ['{"version":1,"notes":[]}'], ['{"version":"2"}']])(
    'starts empty on %s without writing, and sets it aside on the first write',
    (raw) => {
      const storage = memoryStorage({[notesKind.key]: raw});
      const read = readStored(storage, notesKind);
      expect(read).toEqual({value: {notes: []}, problem: 'unreadable', writable: true, original: raw});
      expect([...storage.data.keys()]).toEqual([notesKind.key]);
      writeStored(storage, notesKind, {notes: ['ny']}, read.original);
      expect(storage.data.get(setAsideKey(notesKind.key))).toBe(raw);
      expect(readStored(storage, notesKind).value).toEqual({notes: ['ny']});
    },
  );

  it('keeps the valid part of partly broken data and sets the original aside on the first write', () => {
    const storage = stored({version: 2, notes: ['a', 7, 'b']});
    const original = storage.data.get(notesKind.key);
    const read = readStored(storage, notesKind);
    expect(read).toEqual({value: {notes: ['a', 'b']}, problem: 'partly-dropped', writable: true, original});
    writeStored(storage, notesKind, read.value, read.original);
    expect(storage.data.get(setAsideKey(notesKind.key))).toBe(original);
  });

  it('leaves data from a newer version alone and marks it as not to be written over', () => {
    const storage = stored({version: 3, notes: ['fra en nyere versjon']});
    const before = new Map(storage.data);
    const read = readStored(storage, notesKind);
    expect(read).toMatchObject({value: {notes: []}, problem: 'newer-version', writable: false});
    expect(read.original).toBe(before.get(notesKind.key));
    expect(storage.data).toEqual(before);
  });

  it('treats data its cleaner cannot handle as unreadable instead of throwing', () => {
    const throwing: StoredKind<Notes> = {
      ...notesKind,
      clean: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    expect(readStored(stored({version: 2, notes: []}), throwing).problem).toBe('unreadable');
  });

  it('writes nothing when the copy of the old data cannot be set aside', () => {
    const raw = '{ødelagt';
    const storage = fullStorage({[notesKind.key]: raw});
    expect(writeStored(storage, notesKind, {notes: ['ny']}, raw)).toBe(false);
    expect(storage.data.get(notesKind.key)).toBe(raw);
  });

  it('says when the browser refuses storage instead of throwing', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('Ingen tilgang', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(readStored(blocked, notesKind).problem).toBe('storage-blocked');
    expect(readStored(null, notesKind).problem).toBe('storage-blocked');
    expect(writeStored(fullStorage(), notesKind, {notes: ['a']})).toBe(false);
    expect(writeStored(null, notesKind, {notes: ['a']})).toBe(false);
  });

  it('gives a Norwegian notice for each problem, naming what was stored', () => {
    expect(storedNotice(notesKind, undefined)).toBeUndefined();
    for (const problem of ['unreadable', 'partly-dropped', 'newer-version', 'storage-blocked'] as const) {
      expect(storedNotice(notesKind, problem)).toMatch(/notatene/i);
    }
    expect(storedNotice(notesKind, 'newer-version')).toContain('nyere versjon');
    expect(storedNotice(notesKind, 'unreadable')).toMatch(/^Notatene /);
  });

  it('serializes with the version last, whatever the value holds', () => {
    expect(JSON.parse(serializeStored(notesKind, {notes: [], version: 99} as Notes))).toMatchObject({version: 2});
  });
});
