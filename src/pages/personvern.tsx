import React from 'react';
import TextPage from '@site/src/components/TextPage';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {STORED_ITEMS} from '@site/src/lib/browserStorage';
import StackedTable from '@site/src/components/StackedTable';
import ContactLine from '@site/src/components/ContactLine';
import {usePublisher} from '@site/src/hooks/usePublisher';
import {coursePath} from '@site/src/data/routes';

export default function PrivacyPage(): React.ReactElement {
  const publisher = usePublisher();
  const algolia = useDocusaurusContext().siteConfig.customFields?.searchKind === 'algolia';
  return (
    <TextPage
      title="Personvern og lagring i nettleseren"
      description="Hva Innkjøpsportalen lagrer i nettleseren din, at ingenting sendes til oss, og hvordan du sletter det."
    >
      <p>
        Innkjøpsportalen har ingen innlogging, ingen informasjonskapsler (cookies) og ingen statistikk- eller
        analyseverktøy. Det du gjør i kursene og verktøyene, lagres bare i nettleseren på enheten du bruker. Ingenting
        av det sendes til {publisher.name} eller til andre.
      </p>
      {algolia && (
        <p>
          Denne utgaven av portalen bruker søketjenesten Algolia: det du skriver i søkefeltet, sendes til Algolia for å
          finne treff. Ellers sendes ingenting.
        </p>
      )}

      <Heading as="h2" id="hva-lagres">
        Hva som lagres
      </Heading>
      <p>
        Listen under er laget fra de samme navnene som portalens kode bruker når den lagrer, så den viser alt portalen
        kan lagre. Det meste finnes bare hvis du har brukt kursene eller verktøyene.
      </p>
      <StackedTable
        caption="Hva portalen lagrer i nettleseren"
        rowHeader={{label: 'Navn', render: (item) => <code>{item.key}</code>}}
        columns={[
          {label: 'Hvor', render: (item) => item.place},
          {label: 'Hva', render: (item) => item.what},
          {label: 'Når', render: (item) => item.when},
          {
            label: 'Endre eller slette',
            render: (item) =>
              item.reset ? <Link to={item.reset.to}>{item.reset.label}</Link> : 'Innstillingene i nettleseren',
          },
        ]}
        rows={STORED_ITEMS}
        rowKey={(item) => item.key}
      />

      <Heading as="h2" id="slik-sletter-du">
        Slik sletter du det
      </Heading>
      <ul>
        <li>
          <strong>Framdriften i kursene:</strong> velg «Nullstill framdriften» under{' '}
          <Link to={coursePath('#flytt-eller-nullstill-framdriften')}>Flytt eller nullstill framdriften</Link>. Du kan
          først lagre framdriften som en fil og hente den inn igjen senere.
        </li>
        <li>
          <strong>Verktøyene:</strong> fjern linjer i gevinstkalkulatoren og kryss i sjekklisten der du la dem inn. Har
          portalen funnet lagrede data fra en nyere versjon, viser verktøyet knappen «Begynn på nytt her».
        </li>
        <li>
          <strong>Alt på én gang:</strong> slett nettstedsdata for portalen i nettleserens innstillinger (ofte under
          «Personvern» eller «Informasjonskapsler og nettstedsdata»). Det fjerner både lagrede svar og sidene som er
          lagret for bruk uten nett.
        </li>
      </ul>
      <p>
        Navnet du skriver på kursbeviset, lagres sammen med framdriften og vises bare på din egen skjerm og utskrift.
      </p>

      <Heading as="h2" id="kontakt">
        Spørsmål
      </Heading>
      <ContactLine subject="Personvern i Innkjøpsportalen" />
    </TextPage>
  );
}
