import React from 'react';
import {act, render, renderHook, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {beforeEach, describe, expect, it} from 'vitest';
import Quiz from '@site/src/components/Quiz';
import type {Quiz as QuizData} from '@site/src/lib/quiz';
import {STORAGE_KEY, emptyProgress, recordAttempt, serializeProgress} from '@site/src/lib/progressStore';
import {COURSES} from '@site/src/data/courses';
import {progressActions, useLessonProgress} from '@site/src/hooks/useProgress';

const quiz: QuizData = {
  courseId: 'innkjopssamarbeid',
  lessonId: 'organisering',
  title: 'Test deg selv',
  passMark: 1,
  questions: [
    {
      id: 'en',
      type: 'single',
      text: 'Hvem er vertskommunen?',
      explanation: 'Vertskommunen har ofte de ansatte.',
      choices: [
        {id: 'a', text: 'Den minste', feedback: 'Nei, som regel den største.'},
        {id: 'b', text: 'Den største'},
      ],
      correct: 'b',
    },
    {
      id: 'flere',
      type: 'multiple',
      text: 'Hva gjør samarbeidet?',
      explanation: 'Begge deler.',
      choices: [
        {id: 'k', text: 'Konkurranser'},
        {id: 'o', text: 'Oppfølging'},
        {id: 'm', text: 'Møbelflytting'},
      ],
      correct: ['k', 'o'],
    },
    {
      id: 'tf',
      type: 'truefalse',
      text: 'Alle samarbeid er formelle.',
      explanation: 'Noen er uformelle.',
      correct: false,
    },
    {
      id: 'rekke',
      type: 'ordering',
      text: 'Sett i rekkefølge',
      explanation: 'Behov først.',
      items: [
        {id: 'behov', text: 'Behov'},
        {id: 'konkurranse', text: 'Konkurranse'},
      ],
    },
    {
      id: 'par',
      type: 'matching',
      text: 'Koble rolle og ansvar',
      explanation: 'Slik.',
      pairs: [
        {id: 'leder', left: 'Leder', right: 'Mandat'},
        {id: 'forvalter', left: 'Kontraktsforvalter', right: 'Oppfølging'},
      ],
    },
  ],
};

beforeEach(() => localStorage.clear());

describe('Quiz', () => {
  it('renders each question as a fieldset with its text as the legend and native controls', () => {
    render(<Quiz quiz={quiz} />);
    expect(screen.getByRole('group', {name: 'Spørsmål 1: Hvem er vertskommunen?'})).toBeInTheDocument();
    expect(within(screen.getByRole('group', {name: /Spørsmål 2/})).getAllByRole('checkbox')).toHaveLength(3);
    expect(
      within(screen.getByRole('group', {name: /Spørsmål 3/}))
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Sant', 'Usant']);
    expect(screen.getByRole('combobox', {name: 'Leder'})).toBeInTheDocument();
  });

  it('is answered with the keyboard alone, gives feedback per question and a score, and stores the attempt', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);

    // Single choice: Tab into the group, arrow to the right answer.
    await user.click(document.body);
    screen.getByRole('radio', {name: 'Den minste'}).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', {name: 'Den største'})).toBeChecked();

    // Multiple choice: Space toggles the focused checkbox.
    screen.getByRole('checkbox', {name: 'Konkurranser'}).focus();
    await user.keyboard(' ');
    screen.getByRole('checkbox', {name: 'Oppfølging'}).focus();
    await user.keyboard(' ');

    screen.getByRole('radio', {name: 'Usant'}).focus();
    await user.keyboard(' ');

    // Ordering: the items start in a wrong order; Enter on a move button fixes it and announces the new place.
    const ordering = screen.getByRole('group', {name: /Sett i rekkefølge/});
    screen.getByRole('button', {name: 'Flytt «Behov» opp'}).focus();
    await user.keyboard('{Enter}');
    expect(
      within(ordering)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent),
    ).toEqual(['Behov', 'Konkurranse']);
    expect(screen.getByText('«Behov» er nå nummer 1 av 2.')).toBeInTheDocument();
    // Focus stays with the moved item.
    expect(document.activeElement).toHaveAccessibleName('Flytt «Behov» ned');

    // Matching: a native select per item.
    await user.selectOptions(screen.getByRole('combobox', {name: 'Leder'}), 'Mandat');
    await user.selectOptions(screen.getByRole('combobox', {name: 'Kontraktsforvalter'}), 'Oppfølging');

    screen.getByRole('button', {name: 'Sjekk svarene'}).focus();
    await user.keyboard('{Enter}');

    expect(screen.getByText(/Du fikk 5 av 5 riktige/)).toHaveTextContent('Du har bestått leksjonen.');
    expect(screen.getAllByText('✓ Riktig.')).toHaveLength(5);
    expect(screen.getByText('Noen er uformelle.')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).courses[quiz.courseId].lessons[quiz.lessonId]).toMatchObject({
      passed: true,
      bestScore: 1,
      attempts: 1,
    });
  });

  it('shows why an answer is wrong, in words as well as colour, and offers the answers after a failed attempt', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    await user.click(screen.getByRole('radio', {name: 'Den minste'}));
    await user.click(screen.getByRole('button', {name: 'Sjekk svarene'}));
    expect(screen.getByText('Nei, som regel den største.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', {name: /Spørsmål 1/})).getByText('✗ Ikke riktig.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', {name: /Spørsmål 3/})).getByText('✗ Ikke besvart.')).toBeInTheDocument();
    expect(screen.getByRole('radio', {name: 'Den største'})).toBeDisabled();

    await user.click(screen.getByRole('button', {name: 'Vis fasit'}));
    expect(screen.getByText('Den største').closest('label')).toHaveTextContent('(riktig svar)');
    expect(screen.getByText('Riktig: Mandat')).toBeInTheDocument();

    await user.click(screen.getByRole('button', {name: 'Prøv igjen'}));
    expect(screen.getByRole('radio', {name: 'Den minste'})).not.toBeChecked();
    expect(screen.getByRole('radio', {name: 'Den minste'})).toBeEnabled();
    expect(screen.queryByText('✗ Ikke riktig.')).toBeNull();
  });
});

describe('Quiz flow after checking', () => {
  it('moves focus to a summary above the questions that links to every question answered wrong', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    await user.click(screen.getByRole('radio', {name: 'Den største'}));
    await user.click(screen.getByRole('button', {name: 'Sjekk svarene'}));

    const summary = document.activeElement as HTMLElement;
    expect(summary).toHaveTextContent('Du fikk 1 av 5 riktige');
    // The summary comes before the first question in the page, so the learner does not land below the quiz.
    const firstQuestion = screen.getByRole('group', {name: /Spørsmål 1/});
    expect(summary.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Spørsmål 2 (ikke besvart): Hva gjør samarbeidet?',
      'Spørsmål 3 (ikke besvart): Alle samarbeid er formelle.',
      // The shuffled starting order counts as an answer.
      'Spørsmål 4: Sett i rekkefølge',
      'Spørsmål 5 (ikke besvart): Koble rolle og ansvar',
    ]);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.tagName).toBe('FIELDSET');
    }
    // Not passed: no way onward yet, only another attempt or the answers.
    expect(within(summary).queryByRole('link', {name: /Neste leksjon/})).toBeNull();
    expect(within(summary).getByRole('button', {name: 'Vis fasit'})).toBeInTheDocument();
  });

  it('offers the next lesson after a pass, and «Prøv igjen» moves focus to the first question', async () => {
    const user = userEvent.setup();
    const easy: QuizData = {...quiz, questions: [quiz.questions[0]!]};
    render(<Quiz quiz={easy} />);
    await user.click(screen.getByRole('radio', {name: 'Den største'}));
    await user.click(screen.getByRole('button', {name: 'Sjekk svarene'}));

    const next = COURSES.find((c) => c.id === quiz.courseId)!.lessons[2]!;
    expect(screen.getByRole('link', {name: `Neste leksjon: ${next.title}`})).toHaveAttribute('href', next.route);
    expect(screen.queryByRole('link', {name: /Spørsmål/})).toBeNull();

    await user.click(screen.getByRole('button', {name: 'Prøv igjen'}));
    expect(document.activeElement).toBe(screen.getByRole('radio', {name: 'Den minste'}));
    expect(screen.queryByRole('link', {name: /Neste leksjon/})).toBeNull();
  });

  it('points to the certificate after the last lesson of a course', async () => {
    const user = userEvent.setup();
    const course = COURSES.find((c) => c.id === quiz.courseId)!;
    const last: QuizData = {...quiz, lessonId: course.lessons.at(-1)!.id, questions: [quiz.questions[2]!]};
    render(<Quiz quiz={last} />);
    await user.click(screen.getByRole('radio', {name: 'Usant'}));
    await user.click(screen.getByRole('button', {name: 'Sjekk svarene'}));
    expect(screen.getByRole('link', {name: 'Ta kursbeviset'})).toHaveAttribute('href', course.certificateRoute);
  });
});

describe('Quiz in two tabs', () => {
  it('keeps a result another tab stored while this tab was showing a page without progress', async () => {
    const user = userEvent.setup();
    // Tab 2 opens the lesson, then moves to a page without progress: nothing listens any more.
    const tab2 = render(<Quiz quiz={quiz} />);
    tab2.unmount();
    // Tab 1 passes another lesson meanwhile.
    const other = COURSES.find((c) => c.id === quiz.courseId)!.lessons.find((l) => l.id !== quiz.lessonId)!;
    const fromTab1 = recordAttempt(emptyProgress(), quiz.courseId, other.id, {score: 1, passed: true}, new Date());
    localStorage.setItem(STORAGE_KEY, serializeProgress(fromTab1));
    // Tab 2 goes back and checks its quiz.
    render(<Quiz quiz={quiz} />);
    await user.click(screen.getByRole('button', {name: 'Sjekk svarene'}));
    const lessons = JSON.parse(localStorage.getItem(STORAGE_KEY)!).courses[quiz.courseId].lessons;
    expect(lessons[other.id]).toMatchObject({passed: true, bestScore: 1});
    expect(lessons[quiz.lessonId]).toMatchObject({attempts: 1});
  });

  it('leaves progress from a newer version of the portal untouched when a quiz is checked', async () => {
    const user = userEvent.setup();
    const newer = JSON.stringify({version: 3, courses: {fremtid: {}}});
    localStorage.setItem(STORAGE_KEY, newer);
    render(<Quiz quiz={quiz} />);
    await user.click(screen.getByRole('button', {name: 'Sjekk svarene'}));
    expect(screen.getByText(/Du fikk 0 av 5/)).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
  });
});

describe('Quiz ordering questions', () => {
  it('counts an ordering question left as shown as answered with the order shown', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    const ordering = screen.getByRole('group', {name: /Sett i rekkefølge/});
    const shown = within(ordering)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    await user.click(screen.getByRole('button', {name: 'Sjekk svarene'}));
    // The starting order is never the right one, so the verdict is «wrong», not «not answered».
    expect(within(ordering).getByText('✗ Ikke riktig.')).toBeInTheDocument();
    expect(
      within(ordering)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(shown);
    expect(
      within(screen.getByRole('group', {name: /Hvem er vertskommunen/})).getByText('✗ Ikke besvart.'),
    ).toBeInTheDocument();
  });
});

describe('Quiz and the stored progress', () => {
  const other = COURSES.find((c) => c.id === quiz.courseId)!.lessons.find((l) => l.id !== quiz.lessonId)!;

  it('shows the best result stored on an earlier visit', () => {
    const earlier = recordAttempt(
      emptyProgress(),
      quiz.courseId,
      quiz.lessonId,
      {score: 0.6, passed: false},
      new Date(),
    );
    localStorage.setItem(STORAGE_KEY, serializeProgress(earlier));
    render(<Quiz quiz={quiz} />);
    expect(screen.getByText(/Ditt beste resultat så langt: 60 % – ikke bestått ennå\./)).toBeInTheDocument();
  });

  it('reads a lesson’s record in a way that does not render again when only another lesson changes', () => {
    let renders = 0;
    const {result} = renderHook(() => {
      renders++;
      return useLessonProgress(quiz.courseId, quiz.lessonId);
    });
    const before = renders;
    act(() => progressActions.recordAttempt(quiz.courseId, other.id, {score: 1, passed: true}));
    expect(renders).toBe(before);
    act(() => progressActions.recordAttempt(quiz.courseId, quiz.lessonId, {score: 0.4, passed: false}));
    expect(renders).toBeGreaterThan(before);
    expect(result.current).toMatchObject({bestScore: 0.4, passed: false});
  });
});
