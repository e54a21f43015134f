/**
 * The phone menu holds the whole sidebar of the section (a hundred links in the handbook), hidden until the menu
 * button is pressed. The theme builds it the moment the page has started on a phone, when the reader is waiting for
 * the page itself; here it is built at the first idle moment after load instead, or at once if the menu is opened
 * before that. A wrapper: the theme's menu is kept as it is.
 */
import React from 'react';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import {useIdleAfterLoad} from '@site/src/hooks/useIdleAfterLoad';

export default function NavbarMobileSidebarWrapper(): React.ReactElement | null {
  const {shown} = useNavbarMobileSidebar();
  const idle = useIdleAfterLoad();
  return shown || idle ? <NavbarMobileSidebar /> : null;
}
