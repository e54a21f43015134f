import React from 'react';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import RaciLetter from '@site/src/components/RaciLetter';

function renderRow(...letters: Parameters<typeof RaciLetter>[0]['letter'][]) {
  return render(
    <table>
      <tbody>
        <tr>
          {letters.map((letter, index) => (
            <td key={index}>
              <RaciLetter letter={letter} />
            </td>
          ))}
        </tr>
      </tbody>
    </table>,
  );
}

describe('RaciLetter', () => {
  it('shows the letter and names its meaning to screen readers', () => {
    renderRow('A');
    // jsdom's name computation drops the space before the bracket that a browser reads as a pause.
    const cell = screen.getByRole('cell', {name: /^A ?\(Har ansvaret\)$/});
    expect(cell.querySelector('abbr')).toHaveAttribute('title', 'Har ansvaret');
    expect(cell.querySelector('abbr')).toHaveTextContent(/^A$/);
  });

  it('shows a dash for no role and reads it as words, without aria-label on a span', () => {
    const {container} = renderRow(undefined);
    const cell = screen.getByRole('cell', {name: 'Ingen rolle'});
    expect(cell.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^–$/);
    expect(container.querySelector('[aria-label]')).toBeNull();
  });
});
