import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import EntryPoints, {type EntryPoint} from '@site/src/components/EntryPoints';
import HeadlineFindings from '@site/src/components/HeadlineFindings';
import ProcessOverview from '@site/src/components/ProcessOverview';
import {SURVEY_YEAR} from '@site/src/data/surveyYear';
import styles from './index.module.css';
import {coursePath, guidePath, handbookPath} from '@site/src/data/routes';

const ENTRY_POINTS: readonly EntryPoint[] = [
  {
    title: 'Les en kategoriveileder',
    description:
      'Skal dere kjøpe IKT, kontorrekvisita eller reisetjenester? Veilederne viser om kategorien egner seg for felles innkjøp, og hva dere bør passe på.',
    to: guidePath(),
    linkText: 'Gå til veilederne',
    icon: 'guide',
  },
  {
    title: 'Ta et kurs',
    description:
      'Korte nettkurs for innkjøpere og kontaktpersoner i medlemsvirksomhetene. Ingen innlogging, og framdriften lagres bare i din egen nettleser.',
    to: coursePath(),
    linkText: 'Se kursene',
    icon: 'course',
  },
  {
    title: 'Hent en mal',
    description:
      'Håndboka samler maler for prosess, mandat, roller og kontraktsoppfølging som samarbeidet kan ta i bruk slik de er, eller tilpasse.',
    to: handbookPath(),
    linkText: 'Åpne håndboka',
    icon: 'template',
  },
];

export default function Home(): React.ReactElement {
  return (
    <Layout
      title="Forside"
      description="Kunnskap, maler og kurs for innkjøpere i kommuner, fylkeskommuner, statlige virksomheter og innkjøpssamarbeid."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            Innkjøpsportalen
          </Heading>
          <p className={styles.heroLead}>
            Kunnskap, maler og kurs for dere som kjøper inn på vegne av kommuner, fylkeskommuner og statlige
            virksomheter – og for innkjøpssamarbeidene dere er med i.
          </p>
        </div>
      </header>
      <main>
        <section className={styles.section} aria-labelledby="veier-inn">
          <div className="container">
            <Heading as="h2" id="veier-inn">
              Hvor vil du begynne?
            </Heading>
            <EntryPoints entries={ENTRY_POINTS} />
          </div>
        </section>
        <section className={styles.section} aria-labelledby="prosessen">
          <div className="container">
            <Heading as="h2" id="prosessen">
              Anskaffelsesprosessen i åtte faser
            </Heading>
            <p>Hver fase har sin egen mal i håndboka, med aktiviteter, ansvar og sjekkliste.</p>
            <ProcessOverview />
          </div>
        </section>
        <section className={`${styles.section} ${styles.findings}`} aria-labelledby="hovedfunn">
          <div className="container">
            <Heading as="h2" id="hovedfunn">
              Dette fant kartleggingen i {SURVEY_YEAR}
            </Heading>
            <p>
              Portalen bygger på Difis kartlegging av offentlige innkjøpssamarbeid fra {SURVEY_YEAR}. Den er laget for
              små og store medlemmer, for innkjøpsrådgivere og for dem som leder et samarbeid.
            </p>
            <HeadlineFindings
              headingId="hovedfunn"
              ids={['samarbeid-kartlagt', 'kommuner-i-samarbeid', 'dokumenterte-besparelser']}
            />
            <p className={styles.more}>
              <Link to={handbookPath('funn/')}>Les mer om funnene og hvordan kartleggingen ble gjort</Link>
            </p>
            <p className={styles.more}>
              <Link to="/samarbeid/">Finn samarbeidene i katalogen over alle kartlagte innkjøpssamarbeid</Link>
            </p>
          </div>
        </section>
      </main>
    </Layout>
  );
}
