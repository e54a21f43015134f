import React from 'react';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {MAX_LINES, TOO_MANY_LINES, savingsKind} from '@site/src/lib/savings';
import {setAsideKey, storedNotice} from '@site/src/lib/versionedStorage';
import {beforeEach, describe, expect, it} from 'vitest';
import SavingsCalculator from '@site/src/components/SavingsCalculator';

const norm = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function fillLine(user: ReturnType<typeof userEvent.setup>, line: HTMLElement, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const input = within(line).getByLabelText(label);
    await user.clear(input);
    if (value) await user.type(input, value);
  }
}

beforeEach(() => localStorage.clear());

describe('SavingsCalculator', () => {
  it('computes a line and the totals in Norwegian format', async () => {
    const user = userEvent.setup();
    render(<SavingsCalculator />);
    const line = screen.getByRole('group', {name: /Linje 1/});
    await fillLine(user, line, {
      'Vare eller tjeneste': 'Kopipapir',
      'Gammel enhetspris (kr)': '45,50',
      'Ny enhetspris (kr)': '38',
      'Forventet volum': '1 200',
      'Andel kjøpt på avtalen (%)': '80',
    });
    const results = within(line).getByLabelText('Resultat for linje 1');
    expect(norm(results.textContent)).toContain('Potensiell besparelse9 000,00 kr');
    expect(norm(results.textContent)).toContain('Realisert besparelse7 200,00 kr');
    expect(norm(results.textContent)).toContain('Tap ved kjøp utenfor avtalen1 800,00 kr');
  });

  it('shows a Norwegian message at the bad field, keeps the rest of the table working and never shows NaN', async () => {
    const user = userEvent.setup();
    render(<SavingsCalculator />);
    await fillLine(user, screen.getByRole('group', {name: /Linje 1/}), {
      'Vare eller tjeneste': 'Toner',
      'Gammel enhetspris (kr)': '1 234,50',
      'Ny enhetspris (kr)': '1000',
      'Forventet volum': '10',
      'Andel kjøpt på avtalen (%)': '100',
    });
    await user.click(screen.getByRole('button', {name: 'Legg til linje'}));
    const second = screen.getByRole('group', {name: /Linje 2/});
    await fillLine(user, second, {
      'Vare eller tjeneste': 'Stoler',
      'Gammel enhetspris (kr)': 'dyrt',
      'Ny enhetspris (kr)': '-5',
      'Forventet volum': '99999999999999',
    });

    const old = within(second).getByLabelText('Gammel enhetspris (kr)');
    expect(old).toHaveAttribute('aria-invalid', 'true');
    expect(old).toHaveAccessibleDescription(/Skriv bare tall, for eksempel 1 234,50\./);
    expect(within(second).getByLabelText('Ny enhetspris (kr)')).toHaveAccessibleDescription(
      /Tallet kan ikke være negativt\./,
    );
    expect(within(second).getByLabelText('Forventet volum')).toHaveAccessibleDescription(/urimelig stort/);

    const totals = screen.getByRole('region', {name: 'Sum'});
    expect(norm(totals.textContent)).toContain('Potensiell besparelse2 345,00 kr');
    expect(totals).toHaveTextContent('Disse linjene har feil eller mangler og er ikke tatt med i summen:');
    const toLine = within(totals).getByRole('link', {name: 'Linje 2 (Stoler)'});
    expect(toLine.closest('li')).toHaveTextContent(
      'Linje 2 (Stoler): Gammel enhetspris (kr), Ny enhetspris (kr), Forventet volum',
    );
    expect(document.getElementById(toLine.getAttribute('href')!.slice(1))).toBe(old);
    // The message at the field names the line and the field, so it stands on its own when read out.
    expect(old).toHaveAccessibleDescription(
      /For eksempel 1 234,50 Linje 2 \(Stoler\), Gammel enhetspris \(kr\): Skriv bare tall/,
    );
    expect(document.body.textContent).not.toContain('NaN');
    // What the reader typed is kept, so nothing is lost while correcting it.
    expect(old).toHaveValue('dyrt');
  });

  it('shows no error before the reader has typed anything, even after tabbing through every field', async () => {
    const user = userEvent.setup();
    render(<SavingsCalculator />);
    const line = screen.getByRole('group', {name: /Linje 1/});
    for (const input of within(line).getAllByRole('textbox')) {
      input.focus();
      await user.tab();
    }
    expect(line.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(screen.getByRole('region', {name: 'Sum'})).not.toHaveTextContent('feil');

    // Once the line is started, a field left empty says what is missing, and where.
    await user.type(within(line).getByLabelText('Vare eller tjeneste'), 'Papir');
    within(line).getByLabelText('Ny enhetspris (kr)').focus();
    await user.tab();
    expect(within(line).getByLabelText('Ny enhetspris (kr)')).toHaveAccessibleDescription(
      'Prisen i den nye avtalen Linje 1 (Papir), Ny enhetspris (kr): Fyll inn et tall.',
    );
  });

  it('remembers the lines in the browser and restores them', async () => {
    const user = userEvent.setup();
    const {unmount} = render(<SavingsCalculator />);
    await fillLine(user, screen.getByRole('group', {name: /Linje 1/}), {'Vare eller tjeneste': 'Drivstoff'});
    unmount();
    render(<SavingsCalculator />);
    expect(await screen.findByDisplayValue('Drivstoff')).toBeInTheDocument();
  });

  it('tells the reader when stored lines were broken, and starts afresh', async () => {
    localStorage.setItem(savingsKind.key, '{ødelagt');
    render(<SavingsCalculator />);
    expect(await screen.findByText(storedNotice(savingsKind, 'unreadable')!)).toBeInTheDocument();
    expect(screen.getAllByRole('group')).toHaveLength(1);
    // Opening the page writes nothing; the first change keeps a copy of what was there.
    expect(localStorage.getItem(savingsKind.key)).toBe('{ødelagt');
    await userEvent.type(screen.getByLabelText('Vare eller tjeneste'), 'Papir');
    expect(localStorage.getItem(setAsideKey(savingsKind.key))).toBe('{ødelagt');
  });
});

describe('SavingsCalculator with far too many stored lines', () => {
  it('shows the first MAX_LINES, says so, and offers no more', async () => {
    const line = {name: 'Papir', oldPrice: '10', newPrice: '8', volume: '5', share: '100'};
    localStorage.setItem(savingsKind.key, JSON.stringify({version: 1, lines: Array(20_000).fill(line)}));
    const {container} = render(<SavingsCalculator />);
    expect(await screen.findByText(TOO_MANY_LINES)).toBeInTheDocument();
    // Counted with a selector: role queries over a thousand fields are slow in jsdom.
    expect(container.querySelectorAll('fieldset')).toHaveLength(MAX_LINES);
    expect(screen.queryByText('Legg til linje')).not.toBeInTheDocument();
  });
});
