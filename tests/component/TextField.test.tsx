import React from 'react';
import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {describe, expect, it} from 'vitest';
import TextField from '@site/src/components/TextField';

describe('TextField', () => {
  it('is found by its label and reads its hint with it; no error is announced while there is none', () => {
    render(
      <TextField
        id="pris"
        label="Ny enhetspris (kr)"
        hint="For eksempel 1 234,50"
        value=""
        inputMode="decimal"
        onChange={() => {}}
      />,
    );
    const field = screen.getByRole('textbox', {name: 'Ny enhetspris (kr)'});
    expect(field).toHaveAccessibleDescription('For eksempel 1 234,50');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).toHaveAttribute('inputmode', 'decimal');
  });

  it('marks the field invalid and reads the message after the hint', () => {
    render(
      <TextField
        id="aar"
        label="Avtaleperiode"
        hint="Hele år"
        value="x"
        error="Skriv et helt tall."
        inputMode="numeric"
        onChange={() => {}}
      />,
    );
    const field = screen.getByRole('textbox', {name: 'Avtaleperiode'});
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Hele år Skriv et helt tall.');
  });

  it('hands what is typed to its owner as text, and takes no more than a hundred characters', async () => {
    const typed: string[] = [];
    function Owner() {
      const [value, setValue] = React.useState('');
      return (
        <TextField
          id="navn"
          label="Navn"
          value={value}
          inputMode="text"
          onChange={(next) => (typed.push(next), setValue(next))}
        />
      );
    }
    render(<Owner />);
    const field = screen.getByRole('textbox', {name: 'Navn'});
    await userEvent.type(field, '1 234,50');
    expect(typed.at(-1)).toBe('1 234,50');
    await userEvent.clear(field);
    await userEvent.type(field, 'a'.repeat(120));
    expect(field).toHaveValue('a'.repeat(100));
  });
});
