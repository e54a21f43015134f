import React from 'react';
import Heading from '@theme/Heading';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import HeadlineFindings from '@site/src/components/HeadlineFindings';
import EntryPoints from '@site/src/components/EntryPoints';

describe('HeadlineFindings', () => {
  it('shows each figure with its label, context and source', () => {
    render(
      <>
        <Heading as="h2" id="funn">
          Funn
        </Heading>
        <HeadlineFindings headingId="funn" ids={['kommuner-i-samarbeid', 'dokumenterte-besparelser']} />
      </>,
    );
    const list = screen.getByRole('list', {name: 'Funn'});
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('365 av 426');
    expect(first).toHaveTextContent('Kilde: Kartleggingen 2018, Sammendrag');
    expect(second).toHaveTextContent(/^15\s%/);
    expect(second).toHaveTextContent('Kilde: Kartleggingen 2018, figur 22 (N = 131)');
  });
});

describe('EntryPoints', () => {
  it('renders one heading and one link per way in', () => {
    render(
      <EntryPoints
        entries={[
          {
            title: 'Les en veileder',
            description: 'Veiledere per kategori.',
            to: '/veiledere/',
            linkText: 'Til veilederne',
          },
          {title: 'Ta et kurs', description: 'Kurs på nett.', to: '/kurs/', linkText: 'Til kursene'},
        ]}
      />,
    );
    expect(screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent)).toEqual([
      'Les en veileder',
      'Ta et kurs',
    ]);
    expect(screen.getByRole('link', {name: 'Til kursene'})).toHaveAttribute('href', '/kurs/');
  });
});
