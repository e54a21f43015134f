import {describe, expect, it} from 'vitest';
import {tableLayout} from '@site/src/lib/docxLayout';

describe('tableLayout', () => {
  it('gives the room to the column with the most text and keeps a short column narrow', () => {
    const {widths, style} = tableLayout([
      ['Nr.', '1', '2'],
      ['Sak', 'Velkommen, formålet med møtet og hvem som er til stede'],
    ]);
    expect(style).toBe('Tabelltekst');
    expect(widths[1]!).toBeGreaterThan(widths[0]! * 3);
    expect(widths[0]! + widths[1]!).toBeLessThanOrEqual(9070);
  });

  it('sets a table too wide for the normal size a size smaller, still within the page', () => {
    const columns = Array.from({length: 6}, () => ['Kontraktsforvalteren', 'kravspesifikasjonen']);
    const {widths, style} = tableLayout(columns);
    expect(style).toBe('Tabelltekst smal');
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9070);
  });

  it('gives a column to fill in room to write, even when it is empty', () => {
    const {widths} = tableLayout(
      [
        ['Felt', 'Navn på rolleinnehaver', 'Stillingsandel for samarbeidet'],
        ['Fyll inn', '', ''],
      ],
      [false, true],
    );
    expect(widths[1]!).toBeGreaterThan(widths[0]!);
  });
});
