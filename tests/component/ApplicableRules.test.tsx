import React from 'react';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import ApplicableRules from '@site/src/components/ApplicableRules';

const DAY = '2025-06-01';
const norm = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const result = () => screen.getByRole('region', {name: 'Resultat'});
const member = (n: number) => screen.getByRole('group', {name: new RegExp(`^Medlem ${n}\\b`)});

afterEach(() => window.history.replaceState(null, '', '/'));

describe('ApplicableRules', () => {
  it('shows no error before the reader has typed, and asks for what is missing', () => {
    render(<ApplicableRules date={DAY} />);
    expect(screen.queryByText(/Fyll inn beløpet|Skriv beløpet|Fyll inn antall år/)).not.toBeInTheDocument();
    expect(document.querySelector('[aria-invalid]')).toBeNull();
    expect(result()).toHaveTextContent('Fyll inn årlig volum for medlemmene og avtaleperioden');
    expect(result().querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('gives a Norwegian message at a bad field, described by it, and never NaN', async () => {
    const user = userEvent.setup();
    render(<ApplicableRules date={DAY} />);
    const volume = within(member(1)).getByLabelText('Årlig volum (kroner ekskl. mva.)');
    await user.type(volume, '1,3 millarder');
    expect(volume).toHaveAttribute('aria-invalid', 'true');
    expect(volume).toHaveAccessibleDescription('Skriv beløpet med tall, for eksempel 1 300 000 eller 1,3 mill.');
    const years = screen.getByLabelText('Avtaleperiode (hele år)');
    await user.click(years);
    await user.tab();
    expect(years).toHaveAccessibleDescription('Fyll inn antall år.');
    expect(result()).toHaveTextContent('Resultatet vises når feltene over er fylt ut riktig.');
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('adds and removes member rows, sums every member over the whole period and keeps focus in the form', async () => {
    const user = userEvent.setup();
    render(<ApplicableRules date={DAY} />);
    await user.type(within(member(1)).getByLabelText('Navn (valgfritt)'), 'Ås');
    await user.type(within(member(1)).getByLabelText('Årlig volum (kroner ekskl. mva.)'), '400 000');
    await user.click(screen.getByRole('button', {name: 'Legg til medlem'}));
    await user.type(within(member(2)).getByLabelText('Årlig volum (kroner ekskl. mva.)'), '1,1 mill');
    // By keyboard: from the last field, Tab reaches the row's remove button, then the add button.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', {name: 'Legg til medlem'})).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.type(within(member(3)).getByLabelText('Årlig volum (kroner ekskl. mva.)'), 'feil');
    await user.type(screen.getByLabelText('Avtaleperiode (hele år)'), '2');
    await user.type(screen.getByLabelText('Opsjoner på forlengelse (hele år)'), '1');
    expect(result()).toHaveTextContent('Resultatet vises når feltene over er fylt ut riktig.');

    await user.click(screen.getByRole('button', {name: 'Fjern medlem 3'}));
    expect(screen.queryByRole('group', {name: /^Medlem 3/})).not.toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Legg til medlem'})).toHaveFocus();
    expect(norm(result().textContent)).toContain('Anslått verdi: 4 500 000 kroner ekskl. mva.');
    expect(norm(result().textContent)).toContain(
      '2 medlemmer, 1 500 000 kroner ekskl. mva. i året samlet, i 3 år (2 år avtaleperiode og 1 år med opsjoner)',
    );
    // 4,5 millioner is over the EØS threshold for other authorities, under the one for works.
    expect(within(result()).getByText(/Del I og del III/)).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Fjern medlem 1 (Ås)'})).toBeInTheDocument();
  });

  it('writes the answers to the address with replaceState and reads them back on arrival', async () => {
    const user = userEvent.setup();
    const {unmount} = render(<ApplicableRules date={DAY} />);
    const length = window.history.length;
    await user.click(screen.getByRole('radio', {name: 'Statlig myndighet'}));
    await user.type(within(member(1)).getByLabelText('Årlig volum (kroner ekskl. mva.)'), '1 490 000');
    await user.type(screen.getByLabelText('Avtaleperiode (hele år)'), '1');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('kjoper')).toBe('statlig');
    expect(params.getAll('volum')).toEqual(['1 490 000']);
    expect(params.get('ar')).toBe('1');
    expect(window.history.length).toBe(length);
    unmount();

    render(<ApplicableRules date={DAY} />);
    expect(screen.getByRole('radio', {name: 'Statlig myndighet'})).toBeChecked();
    expect(within(member(1)).getByLabelText('Årlig volum (kroner ekskl. mva.)')).toHaveValue('1 490 000');
    // Exactly the EØS threshold for state authorities reaches it.
    expect(within(result()).getByText(/Del I og del III/)).toBeInTheDocument();
    expect(within(result()).getAllByText('Nådd:')).toHaveLength(3);
  });

  it('says plainly when a threshold it used may be out of date', () => {
    window.history.replaceState(null, '', '/?volum=3000000&ar=1');
    render(<ApplicableRules date="2026-12-01" />);
    expect(within(result()).getByText(/kan være erstattet\. Sjekk kilden/)).toBeInTheDocument();
  });
});
