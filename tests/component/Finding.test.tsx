import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import Finding from '@site/src/components/Finding';
import FindingValue from '@site/src/components/FindingValue';
import FindingSource from '@site/src/components/FindingSource';

describe('Finding', () => {
  it('shows the figure, its context, N and a link to the source', () => {
    render(<Finding id="dokumenterte-besparelser" />);
    const callout = screen.getByRole('complementary', {name: /15\s%\s*har dokumenterte kostnadsbesparelser/});
    expect(callout).toHaveTextContent('Besparelser er det flest trekker fram som viktigst');
    expect(callout).toHaveTextContent('N = 131.');
    expect(within(callout).getByRole('link', {name: 'Kartleggingen 2018, figur 22'})).toHaveAttribute(
      'href',
      '/handbok/funn/kilder/#dokumenterte-besparelser',
    );
  });

  it('lists every value of a finding with several, each described in words', () => {
    render(<Finding id="gratis-samarbeid" />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s/g, ' '));
    expect(items).toEqual(['23 % Kommunal sektor', '80 % Statlig sektor']);
  });

  it('shows one chosen value when a group is given', () => {
    render(<Finding id="gratis-samarbeid" group="stat" />);
    expect(screen.getByRole('complementary')).toHaveTextContent(/^80\s%/);
  });
});

describe('FindingValue and FindingSource', () => {
  it('render a number and its source inside running text', () => {
    render(
      <p>
        For kommunene er svak forankring størst (<FindingValue id="svakheter" category="forankring" group="kommune" />){' '}
        <FindingSource id="svakheter" />.
      </p>,
    );
    expect(screen.getByText(/For kommunene/)).toHaveTextContent(
      /^For kommunene er svak forankring størst \(37\s%\) \(kilde: Kartleggingen 2018, figur 13\)\.$/,
    );
  });

  it('throws on a reference that matches no value, so the build fails instead of showing a wrong number', () => {
    expect(() => render(<FindingValue id="svakheter" category="forankring" group="stat" />)).toThrow(/ingen verdi/);
    expect(() => render(<FindingValue id="finnes-ikke" />)).toThrow(/Ukjent funn «finnes-ikke»/);
  });
});
