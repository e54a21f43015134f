import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import KpiTable from '@site/src/components/KpiTable';
import KpiName from '@site/src/components/KpiName';
import {CREDIT_NOTE_RULE, getKpi} from '@site/src/data/kpis';
import {kpiHref} from '@site/src/lib/kpiView';

describe('KpiTable', () => {
  it('shows each KPI as defined in the module, with unit, credit notes and the chosen details', () => {
    render(<KpiTable ids={['avtalelojalitet', 'prisavvik']} details={['reportedBy']} />);
    const loyalty = getKpi('avtalelojalitet');
    const row = screen.getByRole('rowheader', {name: loyalty.name}).closest('tr')!;
    expect(row).toHaveTextContent(loyalty.formula);
    expect(row).toHaveTextContent(`Enhet: ${loyalty.unit.toLowerCase()}.`);
    expect(within(row).getByText(loyalty.creditNotes)).toHaveAttribute('data-label', 'Kreditnotaer');
    expect(within(row).getByText(loyalty.reportedBy)).toHaveAttribute('data-label', 'Hvem leverer tallene');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(CREDIT_NOTE_RULE)).toBeInTheDocument();
  });

  it('gives rows the anchors KpiName links to only when asked', () => {
    const {container, unmount} = render(<KpiTable ids={['prisavvik']} anchors />);
    expect(container.querySelector('#kpi-prisavvik')).not.toBeNull();
    unmount();
    const plain = render(<KpiTable ids={['prisavvik']} />);
    expect(plain.container.querySelector('#kpi-prisavvik')).toBeNull();
  });

  it('stops on an unknown id instead of showing an empty row', () => {
    expect(() => render(<KpiTable ids={['finnes-ikke']} />)).toThrow(/«finnes-ikke»/);
  });
});

describe('KpiName', () => {
  it('names the KPI in running text and links to its definition', () => {
    render(<KpiName id="avvik-meldt-og-lukket" />);
    expect(screen.getByRole('link', {name: 'avvik meldt og lukket'})).toHaveAttribute(
      'href',
      kpiHref('avvik-meldt-og-lukket'),
    );
  });
});
