import type {StorageLike} from '@site/src/lib/versionedStorage';

/** Web Storage in memory, with the map exposed so a test can see exactly what was written. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & {data: Map<string, string>} {
  const data = new Map<string, string>(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

/** Storage that refuses to be written, as a full quota or a private window does. */
export function fullStorage(initial: Record<string, string> = {}): StorageLike & {data: Map<string, string>} {
  const storage = memoryStorage(initial);
  return {
    ...storage,
    setItem: () => {
      throw new DOMException('Kvoten er full', 'QuotaExceededError');
    },
  };
}
