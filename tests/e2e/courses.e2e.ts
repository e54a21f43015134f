import AxeBuilder from '@axe-core/playwright';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import quiz from '../../courses/innkjopssamarbeid/hvorfor-samarbeide.quiz';
import {STORAGE_KEY} from '@site/src/lib/progressStore';
import {getCourse} from '@site/src/data/courses';
import {gotoHydrated, launchBrowser, openWatchedPage, seedProgressOnce} from './helpers';
import {answerByKeyboard, tabTo} from './quizKeyboard';

const LESSON = '/kurs/innkjopssamarbeid/hvorfor-samarbeide/';
const COURSE = '/kurs/innkjopssamarbeid/';
const organisering = getCourse('innkjopssamarbeid').lessons.find((l) => l.id === 'organisering')!;

describe('courses in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('a learner completes a lesson quiz by keyboard, reloads and finds the progress kept', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, LESSON);
      const fieldsets = page.locator('form fieldset');
      for (const [index, question] of quiz.questions.entries()) {
        await answerByKeyboard(page, fieldsets.nth(index), question);
      }
      await tabTo(page, page.getByRole('button', {name: 'Sjekk svarene'}));
      await page.keyboard.press('Enter');
      const summary = page.locator('[aria-live="polite"]').filter({hasText: 'Du fikk'});
      await expect(summary.innerText()).resolves.toContain(
        `Du fikk ${quiz.questions.length} av ${quiz.questions.length} riktige`,
      );
      await expect(summary.innerText()).resolves.toContain('Du har bestått leksjonen.');
      await expect(fieldsets.locator('text=✓ Riktig.').count()).resolves.toBe(quiz.questions.length);

      const {violations} = await new AxeBuilder({page})
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.getByText('Ditt beste resultat så langt: 100 % – bestått.').first().waitFor();
      await gotoHydrated(page, COURSE);
      await page
        .getByText(/Framdrift: 1 av 4 leksjoner bestått/)
        .first()
        .waitFor();
      await page
        .getByRole('link', {name: `Fortsett der du slapp: ${organisering.title}`})
        .first()
        .waitFor();
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the right answers after a failed attempt and lets the learner try again', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, LESSON);
      await page.getByRole('button', {name: 'Sjekk svarene'}).click();
      await page.getByText('Du fikk 0 av').first().waitFor();
      await page.getByRole('button', {name: 'Vis fasit'}).click();
      await page.getByText('(riktig svar)').first().waitFor();
      await page.getByRole('button', {name: 'Prøv igjen'}).click();
      await expect(page.getByRole('button', {name: 'Sjekk svarene'}).isEnabled()).resolves.toBe(true);
      await expect(page.getByText('(riktig svar)').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it('on a phone, by keyboard: the result comes first, links to each miss, and a pass leads on to the next lesson', async () => {
    const {context, page, problems} = await openWatchedPage(browser, {viewport: {width: 390, height: 844}});
    try {
      await gotoHydrated(page, LESSON);
      const fieldsets = page.locator('form fieldset');
      // Matching selects fit the phone instead of growing to their longest option.
      const selectRights = await page
        .locator('form select')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
      expect(selectRights.length).toBeGreaterThan(0);
      expect(Math.max(...selectRights)).toBeLessThanOrEqual(390);

      await tabTo(page, page.getByRole('button', {name: 'Sjekk svarene'}));
      await page.keyboard.press('Enter');
      const summary = page.locator('[aria-live="polite"]').filter({hasText: 'Du fikk'});
      await expect(summary.innerText()).resolves.toContain(`Du fikk 0 av ${quiz.questions.length} riktige`);
      await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const [summaryBox, firstQuestionBox] = [await summary.boundingBox(), await fieldsets.first().boundingBox()];
      expect(summaryBox!.y).toBeLessThan(firstQuestionBox!.y);
      // The summary is on screen, not 2 400 px away.
      expect(summaryBox!.y).toBeGreaterThanOrEqual(0);
      expect(summaryBox!.y).toBeLessThan(844);

      const misses = summary.getByRole('link');
      const wrong = quiz.questions.filter((q) => q.type !== 'ordering').length;
      expect(await misses.count()).toBeGreaterThanOrEqual(wrong);
      await page.keyboard.press('Tab');
      await expect(misses.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('FIELDSET');
      await expect(page.evaluate(() => location.hash)).resolves.toMatch(/^#quiz-hvorfor-samarbeide-/);

      await tabTo(page, page.getByRole('button', {name: 'Prøv igjen'}));
      await page.keyboard.press('Enter');
      const firstControl = fieldsets.first().locator('input, select, button').first();
      await expect(firstControl.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

      for (const [index, question] of quiz.questions.entries()) {
        await answerByKeyboard(page, fieldsets.nth(index), question);
      }
      await tabTo(page, page.getByRole('button', {name: 'Sjekk svarene'}));
      await page.keyboard.press('Enter');
      const next = getCourse('innkjopssamarbeid').lessons[1]!;
      const onward = page.getByRole('link', {name: `Neste leksjon: ${next.title}`});
      await tabTo(page, onward);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === next.route);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('recovers from corrupt storage, keeps the valid part and says what was reset', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    const stored = {
      version: 2,
      learnerName: '',
      courses: {
        innkjopssamarbeid: {
          lessons: {'hvorfor-samarbeide': {passed: true, bestScore: 1, attempts: 1}, organisering: {passed: 'kanskje'}},
        },
      },
    };
    await seedProgressOnce(context, stored);
    try {
      await gotoHydrated(page, COURSE);
      await expect(page.getByRole('status').filter({hasText: 'var ødelagt'}).innerText()).resolves.toContain(
        `Resultatet for «${organisering.title}» var ødelagt. Den delen er utelatt, resten er beholdt.`,
      );
      await page
        .getByText(/Framdrift: 1 av 4 leksjoner bestått/)
        .first()
        .waitFor();
      expect(problems.consoleErrors).toEqual([]);

      await context.addInitScript(() => localStorage.setItem('innkjopsportalen.framdrift', '{"ikke json'));
      await gotoHydrated(page, LESSON);
      await page.getByText('Framdriften var ødelagt og kunne ikke leses, og er nullstilt.').first().waitFor();
      await page.getByRole('button', {name: 'Sjekk svarene'}).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('works for the session and says so when the browser blocks storage', async () => {
    const {context, page, problems} = await openWatchedPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Lagring er blokkert', 'SecurityError');
        },
      });
    });
    try {
      await gotoHydrated(page, LESSON);
      await page
        .getByText(/Nettleseren tillater ikke lagring/)
        .first()
        .waitFor();
      await page.getByRole('button', {name: 'Sjekk svarene'}).click();
      await page
        .getByText(/Du fikk 0 av/)
        .first()
        .waitFor();
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('exports progress to a file and imports it on a fresh profile; a bad file is refused', async () => {
    const seeded = {
      version: 2,
      learnerName: 'Kari Nordmann',
      courses: {
        kontraktsoppfolging: {
          lessons: {
            avtalelojalitet: {passed: true, bestScore: 0.8, attempts: 2, lastAttemptAt: '2026-11-25T10:00:00.000Z'},
          },
          lastLessonId: 'avtalelojalitet',
        },
      },
    };
    const source = await browser.newContext({acceptDownloads: true});
    await source.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      STORAGE_KEY,
      JSON.stringify(seeded),
    ] as const);
    const fresh = await browser.newContext();
    try {
      const page = await source.newPage();
      await gotoHydrated(page, '/kurs/');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'Eksporter framdriften til fil'}).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^innkjopsportalen-framdrift-\d{4}-\d{2}-\d{2}\.json$/);
      const file = await download.path();

      const other = await fresh.newPage();
      await gotoHydrated(other, '/kurs/');
      const importInput = other.getByLabel(/Importer framdrift fra fil/);

      await importInput.setInputFiles({
        name: 'feil.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version":2,"courses":{"romfart":{"lessons":{}}}}'),
      });
      await other
        .getByText(/Filen kan ikke importeres: 1 ukjent kurs ble hoppet over/)
        .first()
        .waitFor();
      await other
        .getByText(/Framdrift: 0 av 4 leksjoner bestått/)
        .nth(2)
        .waitFor();

      await importInput.setInputFiles(file);
      await other.getByText('Framdriften er importert.').first().waitFor();
      await other
        .getByText(/Framdrift: 1 av 4 leksjoner bestått/)
        .first()
        .waitFor();
      await gotoHydrated(other, '/kurs/kontraktsoppfolging/');
      await other
        .getByText(/Bestått \(beste resultat 80\s%\)/)
        .first()
        .waitFor();
    } finally {
      await source.close();
      await fresh.close();
    }
  });

  it('asks before resetting progress', async () => {
    const {context, page} = await openWatchedPage(browser);
    await seedProgressOnce(context, {
      version: 2,
      learnerName: '',
      courses: {innkjopssamarbeid: {lessons: {organisering: {passed: true, bestScore: 1, attempts: 1}}}},
    });
    try {
      await gotoHydrated(page, '/kurs/');
      await page.getByRole('button', {name: 'Nullstill framdriften'}).click();
      await page.getByRole('button', {name: 'Avbryt'}).click();
      await page
        .getByText(/Framdrift: 1 av 4 leksjoner bestått/)
        .first()
        .waitFor();
      await page.getByRole('button', {name: 'Nullstill framdriften'}).click();
      await page.getByRole('button', {name: 'Ja, slett framdriften'}).click();
      await page
        .getByText(/Framdrift: 0 av 4 leksjoner bestått/)
        .nth(2)
        .waitFor();
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page
        .getByText(/Framdrift: 0 av 4 leksjoner bestått/)
        .nth(2)
        .waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('certificate', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('appears when every lesson is passed, carries the typed name, issuer and identifier, and prints alone on one A4 page', async () => {
    const lessons = Object.fromEntries(
      ['hvorfor-samarbeide', 'organisering', 'finansiering-og-forpliktelser', 'hva-kartleggingen-fant'].map((id) => [
        id,
        {passed: true, bestScore: 1, attempts: 1, lastAttemptAt: '2026-11-20T12:00:00.000Z'},
      ]),
    );
    const {context, page} = await openWatchedPage(browser);
    await seedProgressOnce(context, {version: 2, learnerName: '', courses: {innkjopssamarbeid: {lessons}}});
    try {
      await gotoHydrated(page, '/kurs/innkjopssamarbeid/kursbevis/');
      await page.getByLabel(/Navnet ditt/).fill('Kari Nordmann');
      const certificate = page.getByRole('article', {name: 'Kursbevis'});
      // The labels are set in capitals by CSS, which innerText reports as shown.
      await expect(certificate.innerText()).resolves.toMatch(
        /Kari Nordmann[\s\S]*Innkjøpssamarbeid – grunnkurs[\s\S]*Fullført\s+20\. november 2026[\s\S]*Utstedt av\s+Difi, seksjon for offentlige anskaffelser[\s\S]*Kursbevis-ID\s+KB-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/i,
      );
      await page.emulateMedia({media: 'print'});
      await expect(page.getByRole('button', {name: 'Skriv ut kursbeviset'}).isVisible()).resolves.toBe(false);
      await expect(page.locator('.navbar').isVisible()).resolves.toBe(false);
      await expect(page.locator('article h1').first().isVisible()).resolves.toBe(false);
      await expect(page.locator('footer').first().isVisible()).resolves.toBe(false);
      await expect(certificate.isVisible()).resolves.toBe(true);
      // Chromium writes one «/Type /Page» object per sheet (and «/Type /Pages» once for the tree).
      const pdf = (await page.pdf({format: 'A4', preferCSSPageSize: true})).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
      await page.emulateMedia({media: 'screen'});
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(page.getByLabel(/Navnet ditt/).inputValue()).resolves.toBe('Kari Nordmann');
    } finally {
      await context.close();
    }
  });

  it('lists what remains before all lessons are passed', async () => {
    const {context, page} = await openWatchedPage(browser);
    try {
      await gotoHydrated(page, '/kurs/kontraktsoppfolging/kursbevis/');
      await page
        .getByText('Kursbeviset blir tilgjengelig når du har bestått quizen i alle leksjonene.', {exact: false})
        .waitFor();
      await expect(page.locator('.markdown ul li a[href^="/kurs/kontraktsoppfolging/"]').count()).resolves.toBe(4);
    } finally {
      await context.close();
    }
  });
});
