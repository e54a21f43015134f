import React from 'react';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useOfflineStatus} from '@site/src/hooks/useOfflineStatus';
import OfflinePageStatusView from './View';

export default function OfflinePageStatus({compact = false}: {compact?: boolean}): React.ReactElement {
  const {pathname} = useLocation();
  return <OfflinePageStatusView status={useOfflineStatus(pathname, useBaseUrl('/'))} compact={compact} />;
}
