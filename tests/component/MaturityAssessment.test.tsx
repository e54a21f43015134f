import React from 'react';
import {act, fireEvent, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {beforeEach, describe, expect, it} from 'vitest';
import MaturityAssessment from '@site/src/components/MaturityAssessment';
import {DIMENSIONS, type Level} from '@site/src/data/maturity';
import {maturityExport, maturityKind} from '@site/src/lib/maturity';

const KEY = maturityKind(DIMENSIONS).key;
const stored = () => JSON.parse(localStorage.getItem(KEY)!);
const areaHeading = () => screen.getByRole('heading', {level: 3, name: /^Område \d+ av/});

async function answerArea(user: ReturnType<typeof userEvent.setup>, index: number, level: number) {
  for (const statement of DIMENSIONS[index]!.statements) {
    await user.click(within(screen.getByRole('group', {name: statement.text})).getAllByRole('radio')[level - 1]!);
  }
}

function pickFile(text: string) {
  const input = screen.getByLabelText('Hent inn en vurdering du har lastet ned (JSON)');
  const file = new File([text], 'modenhet.json', {type: 'application/json'});
  Object.defineProperty(input, 'files', {value: [file], configurable: true});
  fireEvent.change(input);
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/handbok/modenhet/');
});

describe('MaturityAssessment, one area at a time', () => {
  it('shows one area with its place among all, and steps forward and back by the address', async () => {
    const user = userEvent.setup();
    render(<MaturityAssessment />);
    expect(areaHeading()).toHaveTextContent(`Område 1 av ${DIMENSIONS.length} ${DIMENSIONS[0]!.name}`);
    // Only this area's statements are on the page.
    expect(document.querySelectorAll('form fieldset')).toHaveLength(DIMENSIONS[0]!.statements.length);
    expect(screen.queryByRole('button', {name: /Forrige område/})).toBeNull();

    await user.click(screen.getByRole('button', {name: `Neste område: ${DIMENSIONS[1]!.name} →`}));
    expect(areaHeading()).toHaveTextContent(`Område 2 av ${DIMENSIONS.length} ${DIMENSIONS[1]!.name}`);
    expect(window.location.search).toBe('?omrade=2');
    await act(() => new Promise(requestAnimationFrame));
    expect(document.activeElement).toBe(areaHeading());

    await user.click(screen.getByRole('button', {name: '← Forrige område'}));
    expect(window.location.search).toBe('?omrade=1');
  });

  it('opens the area the address names, and the last one offers the result', () => {
    const last = DIMENSIONS.length;
    window.history.replaceState(null, '', `/handbok/modenhet/?omrade=${last}`);
    render(<MaturityAssessment />);
    expect(areaHeading()).toHaveTextContent(`Område ${last} av ${last} ${DIMENSIONS.at(-1)!.name}`);
    expect(screen.getByRole('button', {name: 'Se resultatet'})).toBeInTheDocument();
  });

  it('gives an area its result as soon as it is answered, and the overall level only when all are', async () => {
    const user = userEvent.setup();
    render(<MaturityAssessment />);
    await answerArea(user, 0, 2);
    expect(screen.getByText(new RegExp(`^Resultat for ${DIMENSIONS[0]!.name.toLowerCase()}: 2,0 av 5`))).toBeVisible();
    const table = screen.getByRole('table', {name: 'Tabell: poeng og nivå per område'});
    expect(within(table).getByRole('row', {name: new RegExp(DIMENSIONS[0]!.name)})).toHaveTextContent('2,0');
    expect(within(table).getByRole('row', {name: new RegExp(DIMENSIONS[1]!.name)})).toHaveTextContent(
      `0 av ${DIMENSIONS[1]!.statements.length} besvart`,
    );
    expect(screen.queryByText(/^Samlet nivå/)).toBeNull();
    expect(stored().draft[DIMENSIONS[0]!.statements[0]!.id]).toBe(2);
  });
});

describe('MaturityAssessment import', () => {
  it('takes in an exported assessment and keeps the answers that were on screen as a saved one', async () => {
    const user = userEvent.setup();
    render(<MaturityAssessment />);
    await answerArea(user, 0, 1);
    const all = Object.fromEntries(DIMENSIONS.flatMap((d) => d.statements.map((s) => [s.id, 4 as Level]))) as Record<
      string,
      Level
    >;
    pickFile(maturityExport(all, '2026-11-30T08:00:00.000Z'));
    await screen.findByText(/Vurderingen fra 30\. november 2026 kl\. 09:00 er hentet inn\./);
    expect(screen.getByText(/^Samlet nivå: 4,0 av 5/)).toBeInTheDocument();
    expect(stored().draft).toEqual(all);
    expect(stored().saved).toHaveLength(1);
    expect(Object.values(stored().saved[0].answers)).toEqual(DIMENSIONS[0]!.statements.map(() => 1));
  });

  it('refuses a bad file at the field, in Norwegian, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<MaturityAssessment />);
    await answerArea(user, 0, 3);
    const before = localStorage.getItem(KEY);
    pickFile('{"version":1,"savedAt":"2026-11-30T08:00:00.000Z","answers":{"ukjent":3}}');
    const error = await screen.findByRole('alert');
    expect(error).toHaveTextContent(
      'Filen kan ikke hentes inn: 1 av svarene hører ikke til analysen eller har et nivå utenfor 1–5. Svarene dine er ikke endret.',
    );
    const input = screen.getByLabelText('Hent inn en vurdering du har lastet ned (JSON)');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(error.textContent!);
    expect(localStorage.getItem(KEY)).toBe(before);
  });
});
