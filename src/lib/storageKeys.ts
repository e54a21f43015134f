/**
 * Every key the portal writes in the reader's browser, in one place: the modules that store data take their key
 * from here, and the privacy page (src/lib/browserStorage.ts) lists them, so the page cannot miss one.
 */
import {OFFLINE_CACHES} from '../serviceWorker/cacheNames';

export const STORAGE_KEYS = {
  progress: 'innkjopsportalen.framdrift',
  savings: 'innkjopsportalen.gevinstkalkulator',
  maturity: 'innkjopsportalen.modenhet',
  checklist: 'innkjopsportalen.teknologi',
} as const;

/** The copy of what stood under `key` before the first write after a repair, so nothing is lost unseen. */
export const setAsideKey = (key: string): string => `${key}.lagt-til-side`;

export {OFFLINE_CACHES};
