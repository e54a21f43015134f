import useIsBrowser from '@docusaurus/useIsBrowser';
import {THRESHOLDS_CHECKED} from '@site/src/data/thresholds';
import {osloIsoDate} from '@site/src/lib/format';

/**
 * The day thresholds are judged by (ÅÅÅÅ-MM-DD). A fixed `date` wins (tests,
 * or a page about a past day). Otherwise the built HTML and the hydrating render
 * use the day the figures were checked, so both agree whatever the build clock
 * says; once the page runs, the reader's own day in Norway, so a page built long
 * ago still warns about a value that has since run out.
 */
export function useReferenceDate(date?: string): string {
  const isBrowser = useIsBrowser();
  return date ?? (isBrowser ? osloIsoDate(new Date()) : THRESHOLDS_CHECKED);
}
