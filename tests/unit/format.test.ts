import {describe, expect, it} from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatFileSize,
  formatNumber,
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
