import React from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePublisher} from '@site/src/hooks/usePublisher';
import {mailtoHref} from '@site/src/lib/publisherConfig';
import styles from './styles.module.css';

/**
 * «Fant du det du lette etter?» at the foot of a content page: a pre-filled e-mail naming the page, so a reader
 * can answer without a form or a server. Left out when the build names no contact address.
 */
export default function PageFeedback({title}: {title: string}): React.ReactElement | null {
  const {email} = usePublisher();
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  if (email === '') return null;
  const address = `${siteConfig.url}${pathname}`;
  const href = mailtoHref(
    email,
    `Tilbakemelding om «${title}»`,
    `Siden: ${address}\n\nFant du det du lette etter? Skriv gjerne hva som manglet eller var uklart:\n\n`,
  );
  return (
    <aside className={`${styles.feedback} search-ignore`} aria-label="Tilbakemelding om siden">
      <p className={styles.question}>Fant du det du lette etter?</p>
      <p>
        <Link href={href} target="_self">
          Send oss en e-post om denne siden
        </Link>{' '}
        – adressen til siden står allerede i e-posten.
      </p>
    </aside>
  );
}
