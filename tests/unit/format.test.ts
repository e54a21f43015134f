import {describe, expect, it} from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatSource,
  formatSurveyValue,
  lazily,
  osloIsoDate,
} from '@site/src/lib/format';

describe('Norwegian number formatting', () => {
  it('groups thousands with a space, as nb-NO does', () => {
    expect(formatNumber(1234567).replace(/\s/g, ' ')).toBe('1 234 567');
  });

  it('writes percentages with a no-break space before %', () => {
    expect(formatSurveyValue({group: 'alle', value: 15}, 'prosent')).toBe('15\u00a0%');
  });

  it('writes a part of a whole as "365 av 426"', () => {
    expect(formatSurveyValue({group: 'alle', value: 365, of: 426}, 'antall')).toBe('365 av 426');
  });

  it('names the figure when there is one, else the section', () => {
    expect(formatSource({figure: 22, section: 'Funn'})).toBe('Kartleggingen 2018, figur 22');
    expect(formatSource({section: 'Sammendrag'})).toBe('Kartleggingen 2018, Sammendrag');
  });
});

// format.ts writes whole numbers and calendar days itself, to spare a phone Intl's start-up; it must write
// exactly what Intl writes, or a page would change from one release to the next.
describe('the hand-written forms match Intl nb-NO', () => {
  const intlInteger = new Intl.NumberFormat('nb-NO', {maximumFractionDigits: 0});
  const intlPercent = new Intl.NumberFormat('nb-NO', {style: 'percent', maximumFractionDigits: 0});
  const intlDay = new Intl.DateTimeFormat('nb-NO', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  const wholeNumbers = [
    0,
    1,
    9,
    10,
    99,
    100,
    999,
    1000,
    1001,
    9999,
    10_000,
    99_999,
    100_000,
    365_426,
    999_999,
    1_000_000,
    1_300_000,
    57_800_000,
    2_147_483_647,
    Number.MAX_SAFE_INTEGER,
    -1,
    -15,
    -1000,
    -1_234_567,
  ];

  it.each(wholeNumbers)('writes %d as Intl does', (value) => {
    expect(formatNumber(value)).toBe(intlInteger.format(value));
  });

  it('leaves fractions, −0 and numbers past the safe range to Intl', () => {
    for (const value of [0.4, 2.5, -2.5, 1234.5678, -0, -0.4, 1e21, Number.NaN, Infinity])
      expect(formatNumber(value)).toBe(intlInteger.format(value));
  });

  it('writes every whole percentage, and shares binary numbers cannot hold exactly, as Intl does', () => {
    for (let hundredths = -100; hundredths <= 1000; hundredths++) {
      const share = hundredths / 100;
      expect(formatPercent(share)).toBe(intlPercent.format(share));
    }
    for (const share of [0.7, 0.07, 0.29, 0.285, 0.125, 1 / 3, 2 / 3, 0.005, -0.001])
      expect(formatPercent(share)).toBe(intlPercent.format(share));
  });

  it('writes every day of a leap year and of a common year as Intl does, as text and as midnight UTC', () => {
    for (const year of [2024, 2026]) {
      for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year;) {
        const iso = day.toISOString();
        expect(formatDate(iso.slice(0, 10))).toBe(intlDay.format(day));
        expect(formatDate(iso)).toBe(intlDay.format(day));
        expect(formatDate(new Date(day))).toBe(intlDay.format(day));
        day = new Date(day.getTime() + 24 * 60 * 60 * 1000);
      }
    }
  });

  it('shows a calendar day that does not exist as written', () => {
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
  });
});

describe('lazily', () => {
  it('builds the value on first use only, and once', () => {
    let builds = 0;
    const value = lazily(() => ({build: ++builds}));
    expect(builds).toBe(0);
    expect(value()).toEqual({build: 1});
    expect(value()).toBe(value());
    expect(builds).toBe(1);
  });
});

describe('dates in Norwegian time', () => {
  const justAfterMidnightInOslo = '2026-11-30T23:30:00.000Z';

  it('shows a moment as the date it was in Oslo', () => {
    expect(formatDate(justAfterMidnightInOslo)).toBe('1. desember 2026');
    expect(formatDate(new Date(justAfterMidnightInOslo))).toBe('1. desember 2026');
    expect(osloIsoDate(justAfterMidnightInOslo)).toBe('2026-12-01');
    expect(formatDateTime(justAfterMidnightInOslo)).toMatch(/^1\. desember 2026.*00[:.]30$/);
  });

  it('follows summer time', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (UTC+2).
    expect(formatDate('2026-06-30T22:30:00.000Z')).toBe('1. juli 2026');
  });

  it('shows a calendar date as written, whatever the time zone', () => {
    expect(formatDate('2026-11-24')).toBe('24. november 2026');
    expect(formatDate(new Date('2026-11-24T00:00:00Z'))).toBe('24. november 2026');
  });

  it('returns text that is not a date as it is', () => {
    expect(formatDate('i går')).toBe('i går');
    expect(formatDateTime('i går')).toBe('i går');
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '0 byte'],
    [999, '999 byte'],
    [1000, '1 kB'],
    [24_499, '24 kB'],
    [24_500, '25 kB'],
    [999_499, '999 kB'],
    [1_234_567, '1,2 MB'],
  ])('%i bytes is «%s»', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it('refuses a size that is not one', () => {
    expect(() => formatFileSize(Number.NaN)).toThrow('Ugyldig filstørrelse');
    expect(() => formatFileSize(-1)).toThrow('Ugyldig filstørrelse');
  });
});
