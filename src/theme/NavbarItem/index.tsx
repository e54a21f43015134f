/**
 * The navbar renders all its items again right after hydration on a phone (it learns then that it has a menu to
 * offer), though none of them has changed: an item's props come straight from the site config. Memoised, an item
 * renders again only when its own props or the route or docs state it reads change. A wrapper: the theme's items
 * are kept as they are.
 */
import React from 'react';
import NavbarItem from '@theme-original/NavbarItem';

export default React.memo(NavbarItem);
