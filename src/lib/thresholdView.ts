/** How a threshold reads on a page: the amount, its validity and a warning when it may be out of date. */
import type {ThresholdPeriod, ThresholdState} from '../data/thresholds';
import {formatDate, formatNumber} from './format';

/** "1 300 000 kroner ekskl. mva.", with no-break spaces so the amount never breaks over two lines. */
export function formatThresholdAmount(amount: number): string {
  return `${formatNumber(amount)}\u00a0kroner ekskl.\u00a0mva.`;
}

export function formatValidTo(period: ThresholdPeriod): string {
  return period.validTo === null ? 'ikke fastsatt' : formatDate(period.validTo);
}

/** What a reader must know before relying on the value, or undefined when the sources say it is in force. */
export function thresholdWarning({period, status}: ThresholdState): string | undefined {
  if (status === 'ended')
    return `Perioden for denne verdien sluttet ${formatValidTo(period)}, og vi kjenner ikke verdien som gjelder nå.`;
  if (status === 'revision-due')
    return `Verdien har gjeldt siden ${formatDate(period.validFrom)}. EØS-terskelverdiene justeres annet hvert år, så den kan være erstattet.`;
  return undefined;
}
