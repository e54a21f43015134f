import {describe, expect, it} from 'vitest';
import {CATEGORIES, getCategory} from '@site/src/data/categories';
import {QUESTIONS} from '@site/src/data/suitability';
import {assessSuitability, type Answers} from '@site/src/lib/suitability';

const together: Answers = {
  likhet: 'like',
  marked: 'nasjonalt',
  volum: 'lite',
  fleksibilitet: 'lite',
  kompetanse: 'nei',
};
const alone: Answers = {likhet: 'ulike', marked: 'lokalt', volum: 'stort', fleksibilitet: 'svaert', kompetanse: 'ja'};

describe('assessSuitability', () => {
  it('recommends buying together when needs are alike, the market national and competence lacking', () => {
    const result = assessSuitability(together);
    expect(result).toMatchObject({complete: true, recommendation: 'sammen'});
  });

  it('recommends buying alone when needs differ, suppliers are local and flexibility matters most', () => {
    expect(assessSuitability(alone)).toMatchObject({complete: true, recommendation: 'alene'});
  });

  it('asks for local adaptations when a good fit still needs local flexibility', () => {
    expect(assessSuitability({...together, fleksibilitet: 'noe'})).toMatchObject({
      recommendation: 'sammen-med-tilpasning',
    });
    expect(assessSuitability({...together, likhet: 'ulike'})).toMatchObject({recommendation: 'sammen-med-tilpasning'});
  });

  it('gives one reason per question, strongest first, with its direction', () => {
    const result = assessSuitability({...together, volum: 'stort', fleksibilitet: 'svaert'});
    if (!result.complete) throw new Error('expected a complete result');
    expect(result.reasons).toHaveLength(QUESTIONS.length);
    const magnitudes = result.reasons.map((r) => Math.abs(r.weightedPoints));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    expect(result.reasons.find((r) => r.question === 'fleksibilitet')).toMatchObject({direction: 'mot'});
    expect(result.reasons.find((r) => r.question === 'volum')).toMatchObject({direction: 'nøytral'});
    expect(result.reasons.find((r) => r.question === 'marked')?.text).toMatch(/nasjonalt marked/i);
  });

  it('lists the unanswered questions instead of guessing', () => {
    expect(assessSuitability({likhet: 'like'})).toEqual({
      complete: false,
      missing: ['marked', 'volum', 'fleksibilitet', 'kompetanse'],
    });
  });

  it('treats an unknown answer value as unanswered', () => {
    expect(assessSuitability({...together, marked: 'månen'})).toEqual({complete: false, missing: ['marked']});
  });

  it('lets category weights change the outcome', () => {
    // A borderline purchase: local market, otherwise favourable.
    const answers: Answers = {
      likhet: 'like',
      marked: 'lokalt',
      volum: 'middels',
      fleksibilitet: 'noe',
      kompetanse: 'delvis',
    };
    const plain = assessSuitability(answers);
    const marketHeavy = assessSuitability(answers, {marked: 4});
    if (!plain.complete || !marketHeavy.complete) throw new Error('expected complete results');
    expect(plain.recommendation).toBe('sammen-med-tilpasning');
    expect(marketHeavy.recommendation).toBe('alene');
    expect(marketHeavy.score).toBeLessThan(plain.score);
  });

  it('ignores negative or non-finite weights rather than producing NaN', () => {
    const result = assessSuitability(together, {marked: Number.NaN, volum: -3});
    if (!result.complete) throw new Error('expected a complete result');
    expect(Number.isFinite(result.score)).toBe(true);
    // Invalid weights fall back to 1, so the result equals the unweighted one.
    expect(result).toEqual(assessSuitability(together));
  });
});

describe('category data', () => {
  it('has one entry per survey category, each with weights for known questions only', () => {
    expect(CATEGORIES).toHaveLength(8);
    const ids = new Set(QUESTIONS.map((q) => q.id));
    for (const category of CATEGORIES) {
      for (const [question, weight] of Object.entries(category.weights)) {
        expect(ids.has(question as never), `${category.id}.${question}`).toBe(true);
        expect(weight).toBeGreaterThan(0);
      }
    }
  });

  it('throws a Norwegian message on an unknown category', () => {
    expect(() => getCategory('romfart')).toThrow(/Ukjent kategori «romfart»/);
  });
});
