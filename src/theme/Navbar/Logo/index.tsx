/**
 * The portal's name with the publishing agency's beside it, as public services show who stands behind them.
 * A wrapper: the theme's logo and title are kept as they are.
 */
import React from 'react';
import NavbarLogo from '@theme-original/Navbar/Logo';
import type NavbarLogoType from '@theme/Navbar/Logo';
import type {WrapperProps} from '@docusaurus/types';
import {usePublisher} from '@site/src/hooks/usePublisher';
import styles from './styles.module.css';

export default function NavbarLogoWrapper(props: WrapperProps<typeof NavbarLogoType>): React.ReactElement {
  const {logoText} = usePublisher();
  return (
    <div className={styles.brand}>
      <NavbarLogo {...props} />
      <span className={styles.publisher}>
        <span className="sr-only">Utgitt av </span>
        {logoText}
      </span>
    </div>
  );
}
