/**
 * The app's root with one job added: the home page and every course overview are kept for offline
 * reading from a reader's first visit, whichever page it starts on. Runs once per visit, after the
 * service worker has taken over (never under `docusaurus start`, which has none), and only once the page
 * has been left to the reader for a while: saving runs those pages' scripts in this one (a few hundred
 * milliseconds of a slow phone's time), which would otherwise land on the seconds the reader starts reading.
 */
import React, {useEffect} from 'react';
import Root from '@theme-original/Root';
import type RootType from '@theme/Root';
import type {WrapperProps} from '@docusaurus/types';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {COURSES} from '@site/src/data/courses';
import {canSaveOffline, savePagesForOffline, unsavedPages, whenControlled} from '@site/src/browser/offlinePages';
import {whenIdleAfterLoad} from '@site/src/browser/whenIdle';

/** The reader's first seconds on the page, kept free of the start pages' scripts. */
const START_PAGES_AFTER_LOAD_MS = 5000;

export default function RootWrapper(props: WrapperProps<typeof RootType>): React.ReactElement {
  const baseUrl = useBaseUrl('/');
  useEffect(() => {
    if (!canSaveOffline()) return undefined;
    const left = new AbortController();
    // Routes start with «/», the base URL ends with one.
    const startPages = [baseUrl, ...COURSES.map((course) => baseUrl + course.route.slice(1))];
    whenControlled(left.signal)
      .then(() => whenIdleAfterLoad(left.signal, START_PAGES_AFTER_LOAD_MS))
      .then(() => unsavedPages(startPages))
      .then((missing) => savePagesForOffline(missing, baseUrl))
      // Kept on the next visit's try; nothing on the page depends on it.
      .catch(() => {});
    return () => left.abort();
  }, [baseUrl]);
  return <Root {...props} />;
}
