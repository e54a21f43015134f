import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SaveCourseOfflineView from './View';

export default function SaveCourseOffline({courseId}: {courseId: string}): React.ReactElement {
  return <SaveCourseOfflineView courseId={courseId} baseUrl={useBaseUrl('/')} />;
}
