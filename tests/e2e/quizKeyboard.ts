import type {Locator, Page} from 'playwright-core';
import type {QuizQuestion} from '@site/src/lib/quiz';

/** Presses Tab until `target` has focus: reaching a control the way a keyboard user does. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < 300; i++) {
    // Asked in the element's own document, so it works for a lesson inside a learning platform's frame too.
    if (await handle!.evaluate((el) => el === el.ownerDocument.activeElement && el.ownerDocument.hasFocus())) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Kom ikke fram til elementet med Tab');
}

/** Answers one question correctly using only the keyboard. */
export async function answerByKeyboard(page: Page, fieldset: Locator, question: QuizQuestion): Promise<void> {
  switch (question.type) {
    case 'single':
    case 'truefalse': {
      const wanted =
        question.type === 'single'
          ? question.choices.find((c) => c.id === question.correct)!.text
          : question.correct
            ? 'Sant'
            : 'Usant';
      const labels = await fieldset.locator('label').allInnerTexts();
      const index = labels.findIndex((l) => l.trim().startsWith(wanted));
      await tabTo(page, fieldset.getByRole('radio').first());
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      return;
    }
    case 'multiple': {
      for (const choice of question.choices.filter((c) => question.correct.includes(c.id))) {
        await tabTo(page, fieldset.getByRole('checkbox', {name: choice.text}));
        await page.keyboard.press('Space');
      }
      return;
    }
    case 'ordering': {
      for (let target = 0; target < question.items.length; target++) {
        const item = question.items[target]!;
        const order = await fieldset.locator('ol li span:first-child').allInnerTexts();
        const current = order.findIndex((t) => t.trim() === item.text);
        for (let step = current; step > target; step--) {
          await tabTo(page, fieldset.getByRole('button', {name: `Flytt «${item.text}» opp`}));
          await page.keyboard.press('Enter');
        }
      }
      return;
    }
    case 'matching': {
      for (const pair of question.pairs) {
        const select = fieldset.getByRole('combobox', {name: pair.left});
        const options = await select.locator('option').allInnerTexts();
        await tabTo(page, select);
        for (let i = 0; i < options.indexOf(pair.right); i++) await page.keyboard.press('ArrowDown');
      }
    }
  }
}
