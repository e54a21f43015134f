import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CATEGORIES, getCategory} from '@site/src/data/categories';
import {QUESTIONS, type AnswerOption, type Question} from '@site/src/data/suitability';
import {assessSuitability, type Answers} from '@site/src/lib/suitability';

const report = readFileSync(path.resolve(__dirname, '../fixtures/kartlegging-innkjopssamarbeid-2018.txt'), 'utf8');

const strongest = (q: Question, pick: (a: AnswerOption, b: AnswerOption) => number) => [...q.options].sort(pick)[0]!;
const answersWith = (pick: (q: Question) => AnswerOption): Answers =>
  Object.fromEntries(QUESTIONS.map((q) => [q.id, pick(q).value]));

/** The answer that speaks most for buying together, on every question. */
const together = answersWith((q) => strongest(q, (a, b) => b.points - a.points));
/** The answer that speaks most against, on every question. */
const alone = answersWith((q) => strongest(q, (a, b) => a.points - b.points));
const optionOf = (answers: Answers, q: Question) => q.options.find((o) => o.value === answers[q.id])!;

describe('assessSuitability', () => {
  it('recommends buying together when every answer speaks for it', () => {
    expect(assessSuitability(together)).toMatchObject({complete: true, recommendation: 'sammen'});
  });

  it('recommends buying alone when every answer speaks against it', () => {
    expect(assessSuitability(alone)).toMatchObject({complete: true, recommendation: 'alene'});
  });

  it('asks for local adaptations when a good fit still needs local flexibility or has unlike needs', () => {
    expect(assessSuitability({...together, fleksibilitet: 'noe'})).toMatchObject({
      recommendation: 'sammen-med-tilpasning',
    });
    expect(assessSuitability({...together, likhet: 'ulike'})).toMatchObject({recommendation: 'sammen-med-tilpasning'});
  });

  it('gives one reason per question, strongest first, with its direction and the answer’s reason', () => {
    // For on even questions, against on odd ones, so the reasons pull both ways.
    const mixed = answersWith((q) => optionOf(QUESTIONS.indexOf(q) % 2 === 0 ? together : alone, q));
    const result = assessSuitability(mixed);
    if (!result.complete) throw new Error('expected a complete result');
    expect(result.reasons).toHaveLength(QUESTIONS.length);
    const magnitudes = result.reasons.map((r) => Math.abs(r.weightedPoints));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    for (const q of QUESTIONS) {
      const option = optionOf(mixed, q);
      const direction = option.points > 0 ? 'for' : option.points < 0 ? 'mot' : 'nøytral';
      expect(
        result.reasons.find((r) => r.question === q.id),
        q.id,
      ).toMatchObject({direction, text: option.reason});
    }
  });

  it('lists the unanswered questions instead of guessing', () => {
    const [first, ...rest] = QUESTIONS;
    expect(assessSuitability({[first!.id]: first!.options[0]!.value})).toEqual({
      complete: false,
      missing: rest.map((q) => q.id),
    });
  });

  it('treats an unknown answer value as unanswered', () => {
    const question = QUESTIONS[0]!;
    expect(assessSuitability({...together, [question.id]: 'månen'})).toEqual({complete: false, missing: [question.id]});
  });

  it('lets a heavily weighted answer against decide the outcome', () => {
    const question = QUESTIONS.find((q) => q.options.some((o) => o.points < 0))!;
    const answers: Answers = {...together, [question.id]: alone[question.id]};
    const plain = assessSuitability(answers);
    const heavy = assessSuitability(answers, {[question.id]: 100});
    if (!plain.complete || !heavy.complete) throw new Error('expected complete results');
    expect(plain.recommendation).not.toBe('alene');
    expect(heavy.recommendation).toBe('alene');
    expect(heavy.score).toBeLessThan(plain.score);
  });

  it('ignores negative or non-finite weights rather than producing NaN', () => {
    const [first, second] = QUESTIONS;
    const result = assessSuitability(together, {[first!.id]: Number.NaN, [second!.id]: -3});
    if (!result.complete) throw new Error('expected a complete result');
    expect(Number.isFinite(result.score)).toBe(true);
    // Invalid weights fall back to 1, so the result equals the unweighted one.
    expect(result).toEqual(assessSuitability(together));
  });
});

describe('suitability questions', () => {
  it('have unique ids, and options with unique values that pull both ways across the questionnaire', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      expect(q.options.length, q.id).toBeGreaterThan(1);
      expect(new Set(q.options.map((o) => o.value)).size, q.id).toBe(q.options.length);
    }
    const points = QUESTIONS.flatMap((q) => q.options.map((o) => o.points));
    expect(Math.max(...points)).toBeGreaterThan(0);
    expect(Math.min(...points)).toBeLessThan(0);
  });
});

describe('category data', () => {
  /** The legend of the report's figure 10: the lines after the caption, up to «Annet». */
  function figure10Legend(): string {
    const lines = report.split('\n');
    const caption = lines.findIndex((l) => l.trim().startsWith('Figur 10:'));
    const legendStart = lines.findIndex((l, i) => i > caption && l.trim() === '') + 1;
    const legendEnd = lines.findIndex((l, i) => i >= legendStart && l.trim().startsWith('Annet'));
    return lines.slice(legendStart, legendEnd).join(' ');
  }

  it('has one entry per category of the report’s figure 10, named as the figure names it', () => {
    const legend = figure10Legend();
    const names = CATEGORIES.map((c) => c.name);
    for (const name of names) expect(legend, name).toContain(name);
    const unmatched = names.reduce((rest, name) => rest.replace(name, ''), legend).trim();
    expect(unmatched, 'figure 10 categories missing from CATEGORIES').toBe('');
    expect(new Set(CATEGORIES.map((c) => c.id)).size).toBe(CATEGORIES.length);
  });

  it('weights only known questions, each by a positive number', () => {
    const ids = new Set<string>(QUESTIONS.map((q) => q.id));
    for (const category of CATEGORIES) {
      for (const [question, weight] of Object.entries(category.weights)) {
        expect(ids.has(question), `${category.id}.${question}`).toBe(true);
        expect(weight).toBeGreaterThan(0);
      }
    }
  });

  it('throws a Norwegian message on an unknown category', () => {
    expect(() => getCategory('romfart')).toThrow(/Ukjent kategori «romfart»/);
  });
});
