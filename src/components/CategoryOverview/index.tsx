import React from 'react';
import Link from '@docusaurus/Link';
import {CATEGORIES, SUITABILITY_LABELS} from '@site/src/data/categories';
import {guidePath} from '@site/src/data/routes';
import StackedTable from '@site/src/components/StackedTable';

/** Every category with a one-line summary and how well it suits buying together, linking to its guide. */
export default function CategoryOverview(): React.ReactElement {
  return (
    <StackedTable
      caption="Kategoriene i kartleggingen og hvor godt de egner seg for felles innkjøp"
      rows={CATEGORIES}
      rowKey={(category) => category.id}
      rowHeader={{
        label: 'Kategori',
        render: (category) => <Link to={guidePath(`${category.id}/`)}>{category.name}</Link>,
      }}
      columns={[
        {label: 'Kort fortalt', render: (category) => category.summary},
        {
          label: 'Egner seg for samarbeid?',
          render: (category) => (
            <>
              <strong>{SUITABILITY_LABELS[category.suitability]}.</strong> {category.suitabilityReason}
            </>
          ),
        },
      ]}
    />
  );
}
