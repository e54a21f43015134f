import React from 'react';
import {progressActions, useProgress} from '@site/src/hooks/useProgress';
import StoredNotice from '@site/src/components/StoredNotice';

/** Tells the learner when stored progress was repaired, or when it cannot be stored at all. */
export default function ProgressNotice(): React.ReactElement | null {
  const {notices, persistent} = useProgress();
  // The notice that storage is blocked stays while it is true; hiding is offered when something else is said.
  const dismissable = persistent || notices.length > 1;
  return <StoredNotice notices={notices} onDismiss={dismissable ? progressActions.dismissNotices : undefined} />;
}
