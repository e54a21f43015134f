import React from 'react';
import Link from '@docusaurus/Link';
import {CATEGORIES, SUITABILITY_LABELS} from '@site/src/data/categories';
import {guidePath} from '@site/src/data/routes';

/** Every category with a one-line summary and how well it suits buying together, linking to its guide. */
export default function CategoryOverview(): React.ReactElement {
  return (
    <table>
      <caption>Kategoriene i kartleggingen og hvor godt de egner seg for felles innkjøp</caption>
      <thead>
        <tr>
          <th scope="col">Kategori</th>
          <th scope="col">Kort fortalt</th>
          <th scope="col">Egner seg for samarbeid?</th>
        </tr>
      </thead>
      <tbody>
        {CATEGORIES.map((category) => (
          <tr key={category.id}>
            <th scope="row">
              <Link to={guidePath(`${category.id}/`)}>{category.name}</Link>
            </th>
            <td>{category.summary}</td>
            <td>
              <strong>{SUITABILITY_LABELS[category.suitability]}.</strong> {category.suitabilityReason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
