import {useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {whenIdleAfterLoad} from '@site/src/browser/whenIdle';
import {parseScormIndex, SCORM_INDEX_FILE, type ScormIndex} from '@site/src/lib/scorm/packageLayout';

// One request per visit: the packages are made after the pages (src/plugins/scorm-packages), so their sizes
// cannot be in the page's data and are read from the index the build writes beside them.
let index: Promise<ScormIndex | null> | null = null;
const loadIndex = (url: string) =>
  (index ??= fetch(url)
    .then((response) => (response.ok ? response.json() : null))
    .then(parseScormIndex)
    .catch(() => null));

/** A course's package as the build describes it, once the browser is idle; undefined until then or without one. */
export function useScormPackage(courseId: string): ScormIndex[string] | undefined {
  const url = useBaseUrl(SCORM_INDEX_FILE);
  const [known, setKnown] = useState<ScormIndex | null>(null);
  useEffect(() => {
    const left = new AbortController();
    whenIdleAfterLoad(left.signal)
      .then(() => loadIndex(url))
      .then((loaded) => {
        if (!left.signal.aborted) setKnown(loaded);
      });
    return () => left.abort();
  }, [url]);
  return known?.[courseId];
}
