import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import PhaseRules from '@site/src/components/PhaseRules';
import {PHASE_RULES} from '@site/src/data/phaseRules';

describe('PhaseRules', () => {
  it('lists each duty of the phase with its sources and a link to the Regelverk page', () => {
    render(<PhaseRules phase="tildeling" />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(PHASE_RULES.tildeling.length);
    PHASE_RULES.tildeling.forEach((duty, i) => {
      const item = within(items[i]!);
      expect(items[i]).toHaveTextContent(duty.duty);
      for (const source of duty.legalSources)
        expect(item.getByRole('link', {name: source.label})).toHaveAttribute('href', source.url);
      expect(item.getByRole('link', {name: duty.regelverkTitle})).toHaveAttribute('href', duty.regelverkRoute);
    });
    expect(screen.getByText(/Kildene er sjekket 1\. desember 2026/)).toBeInTheDocument();
  });

  it('fails on an unknown phase instead of showing an empty section', () => {
    expect(() => render(<PhaseRules phase="anbud" />)).toThrow(/Ukjent fase «anbud»/);
  });
});
