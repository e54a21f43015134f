import type {Quiz} from '@site/src/lib/quiz';

/** Problems in a quiz definition, so a broken quiz fails the tests instead of confusing a learner. */
export function quizProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  if (!(quiz.passMark > 0 && quiz.passMark <= 1)) problems.push(`passMark må være mellom 0 og 1, er ${quiz.passMark}`);
  if (quiz.questions.length === 0) problems.push('quizen har ingen spørsmål');
  const ids = new Set<string>();
  for (const q of quiz.questions) {
    if (ids.has(q.id)) problems.push(`spørsmål-id «${q.id}» er brukt flere ganger`);
    ids.add(q.id);
    if (!q.text.trim() || !q.explanation.trim()) problems.push(`«${q.id}» mangler tekst eller forklaring`);
    if (q.type === 'single' || q.type === 'multiple') {
      const choiceIds = q.choices.map((c) => c.id);
      if (new Set(choiceIds).size !== choiceIds.length) problems.push(`«${q.id}» har like svar-id-er`);
      const correct = q.type === 'single' ? [q.correct] : q.correct;
      if (correct.length === 0 || !correct.every((c) => choiceIds.includes(c)))
        problems.push(`«${q.id}» har et fasitsvar som ikke finnes`);
    }
    if (q.type === 'ordering' && q.items.length < 2) problems.push(`«${q.id}» må ha minst to elementer å sortere`);
    if (q.type === 'matching') {
      if (q.pairs.length < 2) problems.push(`«${q.id}» må ha minst to par`);
      if (new Set(q.pairs.map((p) => p.right)).size !== q.pairs.length)
        problems.push(`«${q.id}» har like svaralternativer til høyre`);
    }
  }
  return problems;
}
