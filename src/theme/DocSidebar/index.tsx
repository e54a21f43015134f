/**
 * The theme removes the desktop sidebar when the page turns out to run on a phone, right after hydration, and builds
 * the phone menu's copy in the same moment. Removing a hundred links costs a slow phone as much as building them,
 * for nothing: below 997 px the desktop sidebar's container is hidden by the theme's CSS. So the server-rendered
 * sidebar stays, and the phone copy is added beside it (see Navbar/MobileSidebar for when it is built).
 * Ejected, not wrapped: the choice is made inside this component. The theme's version is ten lines.
 */
import React from 'react';
import {useWindowSize} from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar';

export default function DocSidebar(props: Props): React.ReactElement {
  const onPhone = useWindowSize() === 'mobile';
  return (
    <>
      <DocSidebarDesktop {...props} />
      {onPhone && <DocSidebarMobile {...props} />}
    </>
  );
}
