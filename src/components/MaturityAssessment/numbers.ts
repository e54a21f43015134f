/** Scores as the assessment shows them: one decimal, Norwegian comma, a dash where there is none yet. */
export const decimal = (n: number | null): string =>
  n === null ? '–' : n.toLocaleString('nb-NO', {minimumFractionDigits: 1, maximumFractionDigits: 1});

/** A change between two assessments, with its sign spelled out. */
export const signed = (n: number | null): string =>
  n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${decimal(Math.abs(n))}`;
