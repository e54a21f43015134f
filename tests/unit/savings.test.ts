import ExcelJS from 'exceljs';
import {readStored, writeStored} from '@site/src/lib/versionedStorage';
import {memoryStorage} from '../helpers/memoryStorage';
import {describe, expect, it} from 'vitest';
import {
  computeLine,
  formatKroner,
  isBlankLine,
  lineName,
  parseNorwegianNumber,
  parsePercent,
  EMPTY_LINE,
  MAX_LINES,
  TOO_MANY_LINES,
  savingsKind,
  totals,
  type LineInput,
} from '@site/src/lib/savings';
import {buildSavingsCsv} from '@site/src/lib/savingsCsv';
import {buildSavingsWorkbook} from '@site/src/lib/savingsWorkbook';

const paper: LineInput = {name: 'Kopipapir A4', oldPrice: '45,50', newPrice: '38', volume: '1 200', share: '80'};
const toner: LineInput = {name: 'Toner', oldPrice: '1 234,50', newPrice: '1 000', volume: '10', share: '100'};

describe('parseNorwegianNumber', () => {
  it.each([
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['1,234.50', 1234.5],
    ['1.234.567', 1234567],
    ['0,5', 0.5],
    ['38', 38],
    ['45,50 kr', 45.5],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNorwegianNumber(input)).toEqual({ok: true, value: expected});
  });

  it.each([
    ['', 'Fyll inn et tall.'],
    ['   ', 'Fyll inn et tall.'],
    ['-5', 'Tallet kan ikke være negativt.'],
    ['−5', 'Tallet kan ikke være negativt.'],
    ['tolv', 'Skriv bare tall, for eksempel 1 234,50.'],
    ['12a', 'Skriv bare tall, for eksempel 1 234,50.'],
    ['1,2,3.4.5', 'Tallet har skilletegn på feil sted. Skriv for eksempel 1 234,50.'],
    ['5000000000000', 'Tallet er urimelig stort. Sjekk at det er skrevet riktig.'],
  ])('refuses %j with a Norwegian message', (input, message) => {
    expect(parseNorwegianNumber(input)).toEqual({ok: false, message});
  });

  it('reads shares as per cent and refuses more than 100', () => {
    expect(parsePercent('80')).toEqual({ok: true, value: 0.8});
    expect(parsePercent('100 %')).toEqual({ok: true, value: 1});
    expect(parsePercent('120')).toEqual({ok: false, message: 'Andelen må være mellom 0 og 100 prosent.'});
  });
});

describe('computeLine and totals', () => {
  it('computes potential, realised and lost savings, rounded to øre', () => {
    expect(computeLine(paper)).toMatchObject({ok: true, potential: 9000, realised: 7200, lost: 1800});
    expect(computeLine(toner)).toMatchObject({ok: true, potential: 2345, realised: 2345, lost: 0});
    expect(computeLine({...paper, oldPrice: '0,1', newPrice: '0,2', volume: '3', share: '100'})).toMatchObject({
      potential: -0.3,
    });
  });

  it('reports every bad field of a line, and never returns NaN', () => {
    const result = computeLine({name: ' ', oldPrice: 'mye', newPrice: '', volume: '-3', share: '150'});
    expect(result).toEqual({
      ok: false,
      errors: {
        oldPrice: 'Skriv bare tall, for eksempel 1 234,50.',
        newPrice: 'Fyll inn et tall.',
        volume: 'Tallet kan ikke være negativt.',
        share: 'Andelen må være mellom 0 og 100 prosent.',
        name: 'Gi linjen et navn, for eksempel «Kopipapir A4».',
      },
    });
  });

  it('sums the valid lines and counts the rest, so one bad line does not stop the table', () => {
    expect(totals([paper, {...toner, volume: 'ti'}, toner])).toEqual({
      potential: 11345,
      realised: 9545,
      lost: 1800,
      validLines: 2,
      invalidLines: [1],
    });
    expect(totals([])).toEqual({potential: 0, realised: 0, lost: 0, validLines: 0, invalidLines: []});
  });

  it('leaves a line the reader has not started out of the errors, and names lines by number and name', () => {
    expect(isBlankLine(EMPTY_LINE)).toBe(true);
    expect(isBlankLine({...EMPTY_LINE, share: ' 100 '})).toBe(true);
    expect(isBlankLine({...EMPTY_LINE, share: '80'})).toBe(false);
    expect(isBlankLine({...EMPTY_LINE, name: 'P'})).toBe(false);
    expect(totals([EMPTY_LINE, {...EMPTY_LINE, name: 'Papir'}]).invalidLines).toEqual([1]);
    expect(lineName(0, '  ')).toBe('Linje 1');
    expect(lineName(4, ' Kopipapir A4 ')).toBe('Linje 5 (Kopipapir A4)');
  });

  it('formats kroner the Norwegian way', () => {
    expect(formatKroner(1234.5).replace(/\s/g, ' ')).toBe('1 234,50 kr');
    expect(formatKroner(-0.3).replace(/\s/g, ' ')).toBe('−0,30 kr');
  });
});

describe('saved lines', () => {
  it('round-trips the lines as typed', () => {
    const storage = memoryStorage();
    writeStored(storage, savingsKind, {lines: [paper]});
    expect(readStored(storage, savingsKind)).toEqual({value: {lines: [paper]}, writable: true});
  });

  it('drops a line that is not five texts and keeps the rest', () => {
    const storage = memoryStorage({[savingsKind.key]: JSON.stringify({version: 1, lines: [{name: 'x'}, paper]})});
    expect(readStored(storage, savingsKind)).toMatchObject({
      value: {lines: [paper]},
      problem: 'partly-dropped',
      writable: true,
    });
  });

  it('holds at most MAX_LINES lines and says so, however many are stored', () => {
    const many = Array.from({length: 20_000}, (_, i) => ({...paper, name: `Linje ${i + 1}`}));
    const storage = memoryStorage({[savingsKind.key]: JSON.stringify({version: 1, lines: many})});
    const read = readStored(storage, savingsKind);
    expect(read.value.lines).toHaveLength(MAX_LINES);
    expect(read.value.lines.at(-1)!.name).toBe(`Linje ${MAX_LINES}`);
    expect(read).toMatchObject({problem: 'partly-dropped', why: TOO_MANY_LINES});
  });

  it('offers one empty line when nothing usable is left', () => {
    const storage = memoryStorage({[savingsKind.key]: JSON.stringify({version: 1, lines: [{name: 'x'}]})});
    expect(readStored(storage, savingsKind).value).toEqual({lines: [EMPTY_LINE]});
  });
});

describe('exports', () => {
  it('writes CSV with semicolons, decimal commas and a BOM, leaving out bad lines', () => {
    const csv = buildSavingsCsv([paper, {...toner, newPrice: 'gratis'}, {...toner, name: '=HYPERLINK("x")'}]);
    const rows = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe('Kopipapir A4;45,5;38;1200;80;9000,00;7200,00;1800,00');
    expect(rows[2]!.startsWith(`"'=HYPERLINK(""x"")";`)).toBe(true);
  });

  it('keeps inputs in the CSV as typed and rounds only money', () => {
    const precise = {name: 'Timer', oldPrice: '1234,5678', newPrice: '1000,1234', volume: '2,5', share: '7'};
    const row = buildSavingsCsv([precise]).trim().split('\r\n')[1];
    // (1234,5678 − 1000,1234) × 2,5 = 586,111 → 586,11; × 7 % = 41,03; the rest 545,08.
    expect(row).toBe('Timer;1234,5678;1000,1234;2,5;7;586,11;41,03;545,08');
  });

  it('builds an .xlsx whose cells hold the values and live formulas, with a sum row', async () => {
    const buffer = await buildSavingsWorkbook(
      [paper, toner, {...paper, share: 'mange'}],
      new Date('2026-11-24T00:00:00Z'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.getWorksheet('Gevinstrapport')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Vare eller tjeneste');
    expect(sheet.getCell('A2').value).toBe('Kopipapir A4');
    expect(sheet.getCell('B2').value).toBe(45.5);
    expect(sheet.getCell('E2').value).toBe(0.8);
    expect(sheet.getCell('F2').value).toEqual({formula: 'ROUND((B2-C2)*D2,2)', result: 9000});
    expect(sheet.getCell('G3').value).toEqual({formula: 'ROUND(F3*E3,2)', result: 2345});
    expect(sheet.getCell('H2').value).toEqual({formula: 'ROUND(F2-G2,2)', result: 1800});
    expect(sheet.getCell('F2').numFmt).toBe('#,##0.00 "kr"');
    expect(sheet.pageSetup).toMatchObject({orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1'});
    expect(sheet.getCell('A4').value).toBe('Sum');
    expect(sheet.getCell('F4').value).toEqual({formula: 'SUM(F2:F3)', result: 11345});
    expect(sheet.getCell('G4').value).toEqual({formula: 'SUM(G2:G3)', result: 9545});
  });
});
