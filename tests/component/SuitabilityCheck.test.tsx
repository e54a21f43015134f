import React from 'react';
import {fireEvent, render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import SuitabilityCheck from '@site/src/components/SuitabilityCheck';
import {CATEGORIES} from '@site/src/data/categories';
import {QUESTIONS, RECOMMENDATION_TEXT, type AnswerOption, type Question} from '@site/src/data/suitability';
import {assessSuitability, type Answers, type Direction} from '@site/src/lib/suitability';

const DIRECTION_WORDS: Record<Direction, string> = {for: 'Taler for samarbeid', mot: 'Taler mot', nøytral: 'Nøytralt'};
const MISSING = 'Velg et svar på dette spørsmålet.';

const byPoints = (q: Question) => [...q.options].sort((a, b) => b.points - a.points);

function answer(question: Question, option: AnswerOption) {
  const group = screen.getByRole('group', {name: question.text});
  fireEvent.click(within(group).getByRole('radio', {name: option.label}));
}

describe('SuitabilityCheck', () => {
  it('renders every question as a fieldset of native radio buttons', () => {
    const category = CATEGORIES[0]!;
    render(<SuitabilityCheck category={category.id} />);
    expect(
      screen.getByRole('heading', {
        name: `Passer dette for samarbeid? Sjekk en anskaffelse innen ${category.name.toLowerCase()}`,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(
      QUESTIONS.map((q) => q.text),
    );
    for (const question of QUESTIONS) {
      const group = screen.getByRole('group', {name: question.text});
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => r.closest('label')?.textContent?.trim()),
      ).toEqual(question.options.map((o) => o.label));
    }
  });

  it('gives the recommendation of the scoring once every question is answered, with a reason per question', () => {
    const category = CATEGORIES.at(-1)!;
    // The strongest answer for and against in turn, so the reasons pull both ways.
    const chosen = QUESTIONS.map((q, index) => ({q, option: byPoints(q).at(index % 2 === 0 ? 0 : -1)!}));
    const answers: Answers = Object.fromEntries(chosen.map(({q, option}) => [q.id, option.value]));
    const expected = assessSuitability(answers, category.weights);
    if (!expected.complete) throw new Error('every question has an answer');

    render(<SuitabilityCheck category={category.id} />);
    for (const {q, option} of chosen) answer(q, option);
    fireEvent.click(screen.getByRole('button', {name: 'Vis anbefaling'}));

    expect(screen.getByText('Anbefaling:').closest('p')).toHaveTextContent(
      `Anbefaling: ${RECOMMENDATION_TEXT[expected.recommendation].title}`,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expected.reasons.map((r) => `${DIRECTION_WORDS[r.direction]}: ${r.text}`),
    );
  });

  it('marks unanswered questions with a message at the field and keeps the answers given', () => {
    const [first, ...rest] = QUESTIONS;
    const given = rest.at(-1)!;
    const option = given.options.at(-1)!;
    render(<SuitabilityCheck category={CATEGORIES[0]!.id} />);
    answer(given, option);
    fireEvent.click(screen.getByRole('button', {name: 'Vis anbefaling'}));
    expect(screen.getAllByText(MISSING)).toHaveLength(QUESTIONS.length - 1);
    expect(screen.getByRole('group', {name: first!.text})).toHaveAccessibleDescription(MISSING);
    expect(screen.getByRole('group', {name: given.text})).not.toHaveAccessibleDescription(MISSING);
    expect(
      within(screen.getByRole('group', {name: given.text})).getByRole('radio', {name: option.label}),
    ).toBeChecked();
    expect(screen.getByText(/Svar på alle spørsmålene for å få en anbefaling/)).toBeInTheDocument();
  });

  it('starts over on reset', () => {
    const question = QUESTIONS[0]!;
    render(<SuitabilityCheck category={CATEGORIES[0]!.id} />);
    answer(question, question.options[0]!);
    expect(screen.getByRole('radio', {checked: true})).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', {name: 'Begynn på nytt'}));
    expect(screen.queryByRole('radio', {checked: true})).toBeNull();
  });
});
