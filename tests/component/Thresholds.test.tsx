import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import ThresholdAmount from '@site/src/components/ThresholdAmount';
import ThresholdTable from '@site/src/components/ThresholdTable';
import {THRESHOLD_IDS, THRESHOLD_NAMES, newestThreshold, type ThresholdId} from '@site/src/data/thresholds';

const norm = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('ThresholdAmount', () => {
  it('shows the amount in force on the day, in Norwegian format, without a warning', () => {
    const {container} = render(<ThresholdAmount id="nasjonal" date="2025-06-01" />);
    expect(norm(container.textContent)).toBe('1 300 000 kroner ekskl. mva.');
  });

  it('shows an older value for an older day', () => {
    const {container} = render(<ThresholdAmount id="eos-andre" date="2024-03-13" />);
    expect(norm(container.textContent)).toBe('2 200 000 kroner ekskl. mva.');
  });

  it('says plainly when a value is due for revision and links to where to check it', () => {
    const newest = newestThreshold('eos-andre');
    render(<ThresholdAmount id="eos-andre" date={newest.revisionDue} />);
    const warning = screen.getByText(/Merk:/);
    expect(norm(warning.textContent)).toMatch(
      /justeres annet hvert år, så den kan være erstattet\. Sjekk gjeldende verdi hos/,
    );
    expect(within(warning).getByRole('link', {name: newest.source.title})).toHaveAttribute('href', newest.source.url);
  });

  it('fails on an unknown id instead of showing nothing', () => {
    expect(() => render(<ThresholdAmount id={'eos-kommune' as ThresholdId} date="2025-01-01" />)).toThrow(
      /Ukjent terskelverdi «eos-kommune»/,
    );
  });
});

describe('ThresholdTable', () => {
  it('lists every threshold with amount, legal source, validity, source and check date in a named scroll region', () => {
    render(<ThresholdTable date="2025-06-01" />);
    const region = screen.getByRole('region', {name: 'Tabell: Terskelverdier i anskaffelsesregelverket'});
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('table-scroll');
    const table = within(region).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Terskelverdi og hjemmel', 'Beløp', 'Gyldig', 'Kilde']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      THRESHOLD_IDS.map((id) => `${THRESHOLD_NAMES[id]}${newestThreshold(id).legalSource}`),
    );
    const andre = rows[THRESHOLD_IDS.indexOf('eos-andre')]!;
    expect(
      within(andre)
        .getAllByRole('cell')
        .map((td) => norm(td.textContent)),
    ).toEqual([
      '2 300 000 kroner ekskl. mva.',
      'Fra 14. mars 2024Til: ikke fastsatt',
      `${newestThreshold('eos-andre').source.title}Sjekket 1. desember 2026`,
    ]);
    expect(screen.queryByText(/Merk:/)).not.toBeInTheDocument();
  });

  it('warns in each row whose value is due for revision, and prints the notes on the sources', () => {
    render(<ThresholdTable date="2026-12-01" />);
    const warned = screen
      .getAllByText(/^Merk:/)
      .map((p) => p.closest('tr')!.querySelector('th')!.firstChild!.textContent);
    expect(warned).toEqual(
      THRESHOLD_IDS.filter((id) => newestThreshold(id).revisionDue !== undefined).map((id) => THRESHOLD_NAMES[id]),
    );
    expect(screen.getByText('Merknader til kildene')).toBeInTheDocument();
    expect(screen.getByText(/anskaffelser\.no .* oppgir 57,9 millioner/)).toBeInTheDocument();
  });
});
