import {startTransition, useEffect, useState} from 'react';
import {whenIdleAfterLoad} from '@site/src/browser/whenIdle';

/**
 * False until the first idle moment after the page's load event, then true for good. The switch is a transition, so
 * React renders whatever it unlocks in short slices and a tap or a key press in the meantime is answered first.
 */
export function useIdleAfterLoad(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const left = new AbortController();
    void whenIdleAfterLoad(left.signal).then(() => startTransition(() => setIdle(true)));
    return () => left.abort();
  }, []);
  return idle;
}
