import React from 'react';
import Link from '@docusaurus/Link';
import TextPage from '@site/src/components/TextPage';
import Heading from '@theme/Heading';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';
import {ACCESSIBILITY_CHECKS, KNOWN_DEVIATIONS} from '@site/src/data/accessibilityChecks';
import {formatDate, formatNumber} from '@site/src/lib/format';
import StackedTable from '@site/src/components/StackedTable';
import ContactLine from '@site/src/components/ContactLine';
import {usePublisher} from '@site/src/hooks/usePublisher';

// Where the legal statements on this page were read, and when.
const CHECKED = '2026-12-01';
const SOURCES = {
  about: 'https://www.uutilsynet.no/tilgjengelighetserklaering/om-tilgjengelegheitserklaering/1128',
  faq: 'https://www.uutilsynet.no/tilgjengelighetserklaering/ofte-stilte-sporsmal-om-tilgjengelighetserklaeringen/894',
  criteria: 'https://www.uutilsynet.no/uubloggen/din-uustatus-tilgjengelegheitserklaering/1018',
  authority: 'https://www.uutilsynet.no/',
};

/** Pages of the handbook, guides and courses: the docs plugins' own lists, so the count follows the content. */
function useContentPageCount(): number {
  const paths = new Set<string>();
  for (const plugin of Object.values(useAllDocsData())) {
    for (const version of plugin.versions) for (const doc of version.docs) paths.add(doc.path);
  }
  return paths.size;
}

export default function AccessibilityPage(): React.ReactElement {
  const publisher = usePublisher();
  const contentPages = useContentPageCount();
  const everyPage = ACCESSIBILITY_CHECKS.filter((c) => c.scope === 'every-page');
  return (
    <TextPage
      title="Tilgjengelighetserklæring"
      heading="Tilgjengelighetserklæring for Innkjøpsportalen"
      description="Hvordan Innkjøpsportalen oppfyller kravene til universell utforming, hva som er testet, kjente avvik og hvordan du melder fra."
    >
      <p>
        {publisher.name} har ansvaret for Innkjøpsportalen og skal sørge for at alle kan bruke den, også med
        skjermleser, forstørrelse, bare tastatur eller på en liten skjerm. Her står hvilke krav portalen skal oppfylle,
        hvordan vi tester dem, hva vi vet at ikke er på plass, og hvordan du sier fra.
      </p>

      <Heading as="h2" id="krav">
        Kravene
      </Heading>
      <p>
        Offentlige virksomheter skal følge forskrift om universell utforming av informasjons- og
        kommunikasjonsteknologiske (IKT)-løsninger. For nettsteder i offentlig sektor betyr det 47 krav:
        suksesskriteriene på nivå A og AA i standarden WCAG 2.1 (Web Content Accessibility Guidelines), det vil si 35
        krav fra WCAG 2.0 og 12 nye fra WCAG 2.1 (<Link href={SOURCES.criteria}>Uutilsynet</Link>). Offentlige
        virksomheter skal også publisere en tilgjengelighetserklæring for nettstedene sine, og den skal fylles ut i
        Digitaliseringsdirektoratets løsning uustatus.no (
        <Link href={SOURCES.about}>Uutilsynet: Om tilgjengelighetserklæring</Link>). Kildene er lest{' '}
        {formatDate(CHECKED)}; vi har ikke kontrollert paragrafene i forskriften mot Lovdata.
      </p>
      <p>
        Denne siden beskriver hva portalen selv tester. Den erstatter ikke erklæringen i uustatus.no, som{' '}
        {publisher.name} fyller ut for nettstedet.
      </p>

      <Heading as="h2" id="status">
        Status
      </Heading>
      <p>
        <strong>Delvis i samsvar med kravene.</strong> De automatiske testene under skal stå på null brudd; en endring
        som gir ett brudd, blir stoppet av testene. Men automatiske tester dekker bare en del av de 47 kravene, og
        portalen er ikke gjennomgått manuelt mot alle. Se de kjente avvikene lenger ned.
      </p>

      <Heading as="h2" id="slik-tester-vi">
        Slik tester vi
      </Heading>
      <p>
        Testene kjøres på hver endring av portalen. {everyPage.length} av dem går gjennom hver side i nettstedskartet
        (sitemap.xml): i dag {formatNumber(contentPages)} sider i håndboken, veilederne og kursene, i tillegg til
        forsiden, nyhetene, katalogen over innkjøpssamarbeid og de andre sidene.
      </p>
      <StackedTable
        caption="Testene av universell utforming"
        rowHeader={{label: 'Verktøy', render: (check) => check.tool}}
        columns={[
          {label: 'Hva som sjekkes', render: (check) => check.what},
          {label: 'Krav i WCAG 2.1', render: (check) => check.criteria.join(', ')},
          {
            label: 'Sider',
            render: (check) => (check.scope === 'every-page' ? 'Alle sider' : 'Skjemaer, quizer og verktøy'),
          },
        ]}
        rows={ACCESSIBILITY_CHECKS}
        rowKey={(check) => `${check.file}-${check.what}`}
      />

      <Heading as="h2" id="kjente-avvik">
        Kjente avvik
      </Heading>
      <ul>
        {KNOWN_DEVIATIONS.map((deviation) => (
          <li key={deviation.criterion}>
            <strong>{deviation.criterion}</strong> (registrert {formatDate(deviation.found)}): {deviation.what}{' '}
            <em>Plan:</em> {deviation.plan}
          </li>
        ))}
      </ul>

      <Heading as="h2" id="meld-fra">
        Meld fra om feil og mangler
      </Heading>
      <p>
        Får du ikke brukt noe på portalen, eller trenger du innholdet i en annen form? Si fra, og skriv gjerne hvilken
        side det gjelder og hva du prøvde å gjøre. Virksomheten skal svare deg så snart som mulig (
        <Link href={SOURCES.faq}>Uutilsynet: Ofte stilte spørsmål</Link>).
      </p>
      <ContactLine subject="Tilgjengelighet i Innkjøpsportalen" />

      <Heading as="h2" id="tilsyn">
        Tilsyn og klage
      </Heading>
      <p>
        <Link href={SOURCES.authority}>Tilsynet for universell utforming av ikt (Uutilsynet)</Link> fører tilsyn med
        kravene. Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Diskrimineringsnemnda (
        <Link href={SOURCES.about}>Uutilsynet: Om tilgjengelighetserklæring</Link>).
      </p>
    </TextPage>
  );
}
