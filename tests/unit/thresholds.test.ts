import {describe, expect, it} from 'vitest';
import {
  THRESHOLDS,
  THRESHOLD_IDS,
  THRESHOLD_NAMES,
  newestPeriodEnded,
  newestThreshold,
  thresholdAt,
  thresholdPeriods,
  thresholdState,
  type ThresholdPeriod,
} from '@site/src/data/thresholds';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const isCalendarDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A made-up history whose newest period has ended, for what the real data cannot show yet. */
const ENDED: ThresholdPeriod[] = [
  {
    id: 'eos-andre',
    amount: 2_000_000,
    legalSource: 'anskaffelsesforskriften § 5-3',
    validFrom: '2020-01-01',
    validTo: '2021-12-31',
    source: {title: 'Test', url: 'https://example.org/'},
    checked: '2026-12-01',
  },
  {
    id: 'eos-andre',
    amount: 2_100_000,
    legalSource: 'anskaffelsesforskriften § 5-3',
    validFrom: '2022-01-01',
    validTo: '2023-12-31',
    source: {title: 'Test', url: 'https://example.org/'},
    checked: '2026-12-01',
  },
];

describe('threshold data', () => {
  it('has at least one period for every id, and a name', () => {
    for (const id of THRESHOLD_IDS) {
      expect(thresholdPeriods(id).length, id).toBeGreaterThan(0);
      expect(THRESHOLD_NAMES[id].length, id).toBeGreaterThan(0);
    }
    expect(THRESHOLD_IDS).toEqual(
      expect.arrayContaining([
        'nasjonal',
        'eos-statlig',
        'eos-andre',
        'eos-bygg-anlegg',
        'eos-saerlige-tjenester',
        'forsyning-varer-tjenester',
        'forsyning-bygg-anlegg',
      ]),
    );
  });

  it.each(THRESHOLDS.map((t) => [`${t.id} fra ${t.validFrom}`, t] as const))('%s has every field', (_, t) => {
    expect(Number.isInteger(t.amount) && t.amount > 0).toBe(true);
    expect(t.legalSource).toMatch(/§|forskriften/);
    expect(t.validFrom).toMatch(ISO);
    expect(isCalendarDate(t.validFrom)).toBe(true);
    if (t.validTo !== null) {
      expect(t.validTo).toMatch(ISO);
      expect(isCalendarDate(t.validTo)).toBe(true);
      expect(t.validTo >= t.validFrom).toBe(true);
    }
    if (t.revisionDue !== undefined) {
      expect(t.revisionDue).toMatch(ISO);
      expect(t.validTo).toBeNull();
    }
    expect(t.source.title.trim().length).toBeGreaterThan(0);
    expect(new URL(t.source.url).protocol).toBe('https:');
    expect(t.checked).toMatch(ISO);
    expect(t.note === undefined || t.note.trim().length > 0).toBe(true);
  });

  it('quotes only https addresses in its notes', () => {
    for (const t of THRESHOLDS)
      for (const url of t.note?.match(/\bhttps?:\/\/\S+/g) ?? []) expect(url).toMatch(/^https:/);
  });

  it.each(THRESHOLD_IDS)('%s: periods do not overlap, and only the newest is open', (id) => {
    const periods = thresholdPeriods(id);
    for (const [earlier, later] of periods.slice(1).map((p, i) => [periods[i]!, p] as const)) {
      expect(earlier.validTo, `${id} ${earlier.validFrom}`).not.toBeNull();
      expect(earlier.validTo! < later.validFrom, `${id} ${earlier.validFrom}`).toBe(true);
    }
  });

  it('throws on an unknown id, naming the ids that exist', () => {
    expect(() => thresholdPeriods('eos-kommune')).toThrow(/Ukjent terskelverdi «eos-kommune».*eos-andre/);
  });
});

describe('thresholdAt', () => {
  it('picks the period at both of its ends and its neighbour a day beyond', () => {
    for (const id of THRESHOLD_IDS) {
      const periods = thresholdPeriods(id);
      periods.forEach((period, index) => {
        expect(thresholdAt(id, period.validFrom)).toBe(period);
        if (period.validTo !== null) {
          expect(thresholdAt(id, period.validTo)).toBe(period);
          expect(thresholdAt(id, dayAfter(period.validTo))).toBe(periods[index + 1]);
        }
      });
      expect(thresholdAt(id, dayBefore(periods[0]!.validFrom))).toBeUndefined();
    }
  });

  it('gives the values the sources state for 14 March 2024 and the day before', () => {
    expect(thresholdAt('eos-andre', '2024-03-14')?.amount).toBe(2_300_000);
    expect(thresholdAt('eos-andre', '2024-03-13')?.amount).toBe(2_200_000);
    expect(thresholdAt('eos-statlig', '2024-03-14')?.amount).toBe(1_490_000);
    expect(thresholdAt('nasjonal', '2026-12-01')?.amount).toBe(1_300_000);
  });

  it('gives nothing after a history that has ended', () => {
    expect(thresholdAt('eos-andre', '2024-01-01', ENDED)).toBeUndefined();
  });
});

describe('expiry', () => {
  it('tells when the newest known period has ended, counting its last day as in force', () => {
    expect(newestPeriodEnded('eos-andre', '2023-12-31', ENDED)).toBe(false);
    expect(newestPeriodEnded('eos-andre', '2024-01-01', ENDED)).toBe(true);
    expect(thresholdState('eos-andre', '2024-01-01', ENDED)).toEqual({period: ENDED[1], status: 'ended'});
  });

  it('never calls an open period ended, but warns once its regular revision was due', () => {
    const newest = newestThreshold('eos-andre');
    expect(newestPeriodEnded('eos-andre', '2099-01-01')).toBe(false);
    expect(thresholdState('eos-andre', dayBefore(newest.revisionDue!)).status).toBe('current');
    expect(thresholdState('eos-andre', newest.revisionDue!).status).toBe('revision-due');
    expect(thresholdState('nasjonal', '2099-01-01').status).toBe('current');
  });

  it('does not call an older period due for revision when a date in it is asked for', () => {
    expect(thresholdState('eos-andre', '2023-01-01')).toEqual({
      period: thresholdAt('eos-andre', '2023-01-01'),
      status: 'current',
    });
  });
});
