import {describe, expect, it} from 'vitest';
import {newestThreshold, thresholdAt, thresholdState} from '@site/src/data/thresholds';
import {formatThresholdAmount, formatValidTo, thresholdWarning} from '@site/src/lib/thresholdView';

describe('threshold view', () => {
  it('writes amounts as Norwegian kroner excluding VAT, kept on one line', () => {
    expect(formatThresholdAmount(1_300_000)).toBe('1\u00a0300\u00a0000\u00a0kroner ekskl.\u00a0mva.');
  });

  it('says when a period has no end date', () => {
    expect(formatValidTo(newestThreshold('nasjonal'))).toBe('ikke fastsatt');
    expect(formatValidTo(thresholdAt('nasjonal', '2017-06-01')!)).toBe('5. april 2018');
  });

  it('warns only about values that may be out of date', () => {
    expect(thresholdWarning(thresholdState('eos-andre', '2025-01-01'))).toBeUndefined();
    expect(thresholdWarning(thresholdState('eos-andre', '2026-12-01'))).toMatch(/kan være erstattet/);
    const ended = {period: thresholdAt('nasjonal', '2017-06-01')!, status: 'ended' as const};
    expect(thresholdWarning(ended)).toBe(
      'Perioden for denne verdien sluttet 5. april 2018, og vi kjenner ikke verdien som gjelder nå.',
    );
  });
});
