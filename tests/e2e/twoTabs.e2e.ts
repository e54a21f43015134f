import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {COURSES} from '@site/src/data/courses';
import {DIMENSIONS} from '@site/src/data/maturity';
import {TOOLS} from '@site/src/data/technology';
import {STORAGE_KEY} from '@site/src/lib/progressStore';
import {savingsKind} from '@site/src/lib/savings';
import {checklistKind} from '@site/src/lib/techChecklist';
import {maturityKind} from '@site/src/lib/maturity';
import {gotoHydrated, launchBrowser, seedProgressOnce} from './helpers';

const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

/** Two tabs of one browser profile: they share localStorage, as a learner's tabs do. */
async function twoTabs(browser: Browser): Promise<{context: BrowserContext; one: Page; two: Page}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  return {context, one: await context.newPage(), two: await context.newPage()};
}

describe('two tabs of the same browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('keep both quiz results when one tab comes back to a lesson after the other checked a quiz', async () => {
    const course = COURSES[0]!;
    const [lessonA, lessonB] = course.lessons;
    const {context, one, two} = await twoTabs(browser);
    try {
      // Tab 2 opens a lesson, then goes within the site to a page without progress.
      await gotoHydrated(two, lessonA!.route);
      await two.getByRole('navigation', {name: 'Hovedmeny'}).getByRole('link', {name: 'Veiledere'}).click();
      await two.waitForURL('**/veiledere/');
      // Tab 1 checks the quiz of another lesson.
      await gotoHydrated(one, lessonB!.route);
      await one.getByRole('button', {name: 'Sjekk svarene'}).click();
      await one
        .getByText(/Du fikk 0 av/)
        .first()
        .waitFor();
      // Tab 2 goes back and checks its own quiz.
      await two.goBack();
      await two.getByRole('button', {name: 'Sjekk svarene'}).click();
      await two
        .getByText(/Du fikk 0 av/)
        .first()
        .waitFor();
      const lessons = (await stored(two, STORAGE_KEY)).courses[course.id].lessons;
      expect(Object.keys(lessons).sort()).toEqual([lessonA!.id, lessonB!.id].sort());
    } finally {
      await context.close();
    }
  });

  it('keep both ticks in the technology checklist', async () => {
    const kind = checklistKind(TOOLS);
    const [first, second] = TOOLS;
    const {context, one, two} = await twoTabs(browser);
    try {
      await gotoHydrated(one, '/handbok/teknologi/');
      await gotoHydrated(two, '/handbok/teknologi/');
      await one.getByRole('checkbox', {name: first!.name}).check();
      await two.getByRole('checkbox', {name: second!.name}).check();
      expect((await stored(one, kind.key)).have.sort()).toEqual([first!.id, second!.id].sort());
      // The first tab shows the other's tick without a reload.
      // vitest polls for one second by default; a loaded machine can take longer to deliver the storage event.
      await expect
        .poll(() => one.getByRole('checkbox', {name: second!.name}).isChecked(), {timeout: 15_000})
        .toBe(true);
    } finally {
      await context.close();
    }
  });

  it('keep what each tab typed into the savings calculator', async () => {
    const {context, one, two} = await twoTabs(browser);
    try {
      await gotoHydrated(one, '/handbok/gevinstmaling/');
      await gotoHydrated(two, '/handbok/gevinstmaling/');
      await one
        .getByRole('group', {name: /Linje 1/})
        .getByLabel('Vare eller tjeneste')
        .fill('Kopipapir A4');
      await two
        .getByRole('group', {name: /Linje 1/})
        .getByLabel('Gammel enhetspris (kr)')
        .fill('45,50');
      expect((await stored(one, savingsKind.key)).lines[0]).toMatchObject({name: 'Kopipapir A4', oldPrice: '45,50'});
    } finally {
      await context.close();
    }
  });

  it('keep answers given in either tab of the maturity assessment', async () => {
    const kind = maturityKind(DIMENSIONS);
    const [first, second] = DIMENSIONS[0]!.statements;
    const {context, one, two} = await twoTabs(browser);
    try {
      await gotoHydrated(one, '/handbok/modenhet/');
      await gotoHydrated(two, '/handbok/modenhet/');
      await one.getByRole('group', {name: first!.text, exact: true}).getByRole('radio').nth(2).check();
      await two.getByRole('group', {name: second!.text, exact: true}).getByRole('radio').nth(3).check();
      expect((await stored(one, kind.key)).draft).toEqual({[first!.id]: 3, [second!.id]: 4});
    } finally {
      await context.close();
    }
  });
});

describe('stored progress that once locked learners out or was wiped', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('opens every course page with version 1 progress keyed by inherited names', async () => {
    const {context, one: page} = await twoTabs(browser);
    await seedProgressOnce(context, {
      version: 1,
      completed: {'constructor/x': {score: 80, passed: true}, 'toString/y': {score: 10, passed: false}},
    });
    try {
      for (const course of COURSES) {
        await gotoHydrated(page, course.route);
        await page.getByRole('status').filter({hasText: 'ukjente kurs ble hoppet over'}).first().waitFor();
        expect(await page.getByText('Noe gikk galt').count()).toBe(0);
      }
    } finally {
      await context.close();
    }
  });

  it('leaves progress from a newer version intact through a visit and a quiz', async () => {
    const newer = {version: 3, learnerName: 'Kari', courses: {fremtid: {}}};
    const lesson = COURSES[0]!.lessons[0]!;
    const {context, one: page} = await twoTabs(browser);
    await seedProgressOnce(context, newer);
    try {
      await gotoHydrated(page, lesson.route);
      await page
        .getByText(/lagret av en nyere versjon av portalen/)
        .first()
        .waitFor();
      await page.getByRole('button', {name: 'Sjekk svarene'}).click();
      await page
        .getByText(/Du fikk 0 av/)
        .first()
        .waitFor();
      expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(JSON.stringify(newer));
    } finally {
      await context.close();
    }
  });
});
