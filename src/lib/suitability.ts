/**
 * «Passer dette for samarbeid?»: scores a reader's answers about one purchase
 * and recommends buying together, together with local adaptations, or alone,
 * with the reasons shown. The questions and texts are in src/data/suitability.ts.
 */
import {QUESTIONS, type QuestionId, type Recommendation, type SuitabilityWeights} from '../data/suitability';

export type Direction = 'for' | 'mot' | 'nøytral';

export type Answers = Partial<Record<QuestionId, string>>;

export type Reason = {question: QuestionId; text: string; direction: Direction; weightedPoints: number};

export type SuitabilityResult =
  | {complete: false; missing: QuestionId[]}
  | {complete: true; recommendation: Recommendation; score: number; maxScore: number; reasons: Reason[]};

const TOGETHER_THRESHOLD = 0.5;
const ADAPT_THRESHOLD = 0;

function weightOf(weights: SuitabilityWeights, id: QuestionId): number {
  const weight = weights[id];
  return weight !== undefined && Number.isFinite(weight) && weight >= 0 ? weight : 1;
}

export function assessSuitability(answers: Answers, weights: SuitabilityWeights = {}): SuitabilityResult {
  const chosen = QUESTIONS.map((q) => ({q, option: q.options.find((o) => o.value === answers[q.id])}));
  const missing = chosen.filter((c) => !c.option).map((c) => c.q.id);
  if (missing.length > 0) return {complete: false, missing};

  const reasons: Reason[] = chosen.map(({q, option}) => {
    const weightedPoints = option!.points * weightOf(weights, q.id);
    return {
      question: q.id,
      text: option!.reason,
      direction: weightedPoints > 0 ? 'for' : weightedPoints < 0 ? 'mot' : 'nøytral',
      weightedPoints,
    };
  });
  const score = reasons.reduce((sum, r) => sum + r.weightedPoints, 0);
  const maxScore = QUESTIONS.reduce(
    (sum, q) => sum + Math.max(...q.options.map((o) => o.points)) * weightOf(weights, q.id),
    0,
  );
  const share = maxScore > 0 ? score / maxScore : 0;
  // Members who need local flexibility can still buy together, but not on one uniform agreement.
  const needsAdaptation = answers.fleksibilitet !== 'lite' || answers.likhet === 'ulike';

  let recommendation: Recommendation;
  if (share >= TOGETHER_THRESHOLD && !needsAdaptation) recommendation = 'sammen';
  else if (share >= ADAPT_THRESHOLD) recommendation = 'sammen-med-tilpasning';
  else recommendation = 'alene';

  // Strongest reasons first, so the reader sees what decided it.
  reasons.sort((a, b) => Math.abs(b.weightedPoints) - Math.abs(a.weightedPoints));
  return {complete: true, recommendation, score, maxScore, reasons};
}

export function questionText(id: QuestionId): string {
  return QUESTIONS.find((q) => q.id === id)!.text;
}
