import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {COOPERATIONS} from '@site/src/data/cooperations';
import {COUNTIES} from '@site/src/data/counties';
import {getFinding} from '@site/src/data/survey';
import {countByCombination, describeMembers} from '@site/src/lib/cooperationFilter';
import {formatSelected, selectValue, sourceHref} from '@site/src/lib/surveyView';
import CooperationDirectory from '@site/src/components/CooperationDirectory';
import CountyOverview from '@site/src/components/CountyOverview';
import FindingValue from '@site/src/components/FindingValue';

const combinations = countByCombination(COOPERATIONS);
const annexCountyOnly =
  combinations.find((c) => c.members.length === 1 && c.members[0] === 'fylkeskommuner')?.count ?? 0;
const summaryCountyOnly = selectValue(getFinding('samarbeid-sammensetning'), {category: 'fylkeskommuner'}).value;
const countySum = COUNTIES.reduce((sum, county) => sum + (county.municipalitiesOutside ?? 0), 0);

export default function CooperationsPage(): React.ReactElement {
  return (
    <Layout
      title="Innkjøpssamarbeid i Norge"
      description="Katalog over de 96 offentlige innkjøpssamarbeidene som kartleggingen fant, med søk, filter og oversikt per fylke."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Innkjøpssamarbeid i Norge</Heading>
        <p>
          Kartleggingen fant <FindingValue id="samarbeid-kartlagt" /> innkjøpssamarbeid:{' '}
          <FindingValue id="samarbeid-per-sektor" category="kommunal" /> i kommunal og fylkeskommunal sektor og{' '}
          <FindingValue id="samarbeid-per-sektor" category="statlig" /> i statlig sektor (
          <Link to={sourceHref('samarbeid-per-sektor')}>kilde: Kartleggingen 2018, Sammendrag</Link>). Listen under
          bygger på rapportens vedlegg 2, som oppgir hvilke typer medlemmer hvert samarbeid har, men sjelden hvem de er.
          Søk på et samarbeid, en forkortelse eller en kommune: søket finner også medlemmer rapporten nevner ved navn og
          det oversikten per fylke sier om kommunen. Adressen i nettleseren endres når du søker eller filtrerer, så du
          kan dele utvalget med andre.
        </p>

        <Heading as="h2" id="katalog">
          Alle kartlagte samarbeid
        </Heading>
        <CooperationDirectory cooperations={COOPERATIONS} counties={COUNTIES} />

        <Heading as="h2" id="sammensetning">
          Hvem er med?
        </Heading>
        <table>
          <caption>Samarbeid etter medlemstyper, slik vedlegg 2 oppgir dem</caption>
          <thead>
            <tr>
              <th scope="col">Medlemmer</th>
              <th scope="col">Antall samarbeid</th>
            </tr>
          </thead>
          <tbody>
            {combinations.map((c) => (
              <tr key={c.members.join('+')}>
                <th scope="row">{describeMembers(c.members)}</th>
                <td>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Rapportens tall stemmer ikke helt med seg selv. Vedlegg 2 lister {annexCountyOnly} samarbeid der bare
          fylkeskommuner er med, mens sammendraget oppgir {summaryCountyOnly} (
          <Link to={sourceHref('samarbeid-sammensetning')}>se kildene</Link>). Tabellen over følger vedlegget.
        </p>

        <Heading as="h2" id="fylker">
          Oversikt per fylke
        </Heading>
        <p>
          Ifølge kartleggingen var <FindingValue id="kommuner-i-samarbeid" /> kommuner med i minst ett samarbeid, og{' '}
          {formatSelected(getFinding('kommuner-utenfor'))} sto utenfor (
          <Link to={sourceHref('kommuner-utenfor')}>kilde</Link>). Tabellen gjengir rapportens figur 1 og siden om
          kommuner uten innkjøpssamarbeid. Legger man sammen tallene per fylke, blir summen {countySum}; rapporten
          forklarer ikke forskjellen. Der rapporten ikke oppgir et tall, står det «Ikke oppgitt».
        </p>
        <CountyOverview counties={COUNTIES} />
      </main>
    </Layout>
  );
}
