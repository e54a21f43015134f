import AxeBuilder from '@axe-core/playwright';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {load} from 'cheerio';
import type {Browser, BrowserContext, Frame, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {COURSES, type Course} from '@site/src/data/courses';
import {LEARNING_PLATFORM_GUIDE_ROUTE} from '@site/src/data/routes';
import {formatFileSize} from '@site/src/lib/format';
import {manifestFiles} from '@site/src/lib/scorm/manifest';
import {lessonFile, scormPackagePath} from '@site/src/lib/scorm/packageLayout';
import {courseQuizzes} from '../helpers/courseQuizzes';
import {scormManifestErrors} from '../helpers/scormSchema';
import {gotoHydrated, launchBrowser, openWatchedPage} from './helpers';
import {answerByKeyboard, tabTo} from './quizKeyboard';

const BUILD = path.resolve(__dirname, '../../build');
const SCORM_RUNTIME = path.resolve(__dirname, '../../node_modules/scorm-again/dist/scorm12.min.js');
const LMS = 'http://laeringsplattform.test';
const quizzes = courseQuizzes();

/** Each package unzipped with the system's unzip, as an administrator's tools would open it. */
const unzipped = new Map<string, string>();
function unzip(course: Course): string {
  const dir = mkdtempSync(path.join(tmpdir(), `scorm-${course.id}-`));
  execFileSync('unzip', ['-q', path.join(BUILD, scormPackagePath(course.id)), '-d', dir]);
  unzipped.set(course.id, dir);
  return dir;
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

/**
 * A learning platform in miniature: a page that provides the SCORM 1.2 API with scorm-again and launches a
 * lesson in a frame. Every commit is kept as the values sent; any request outside the platform and the
 * package is refused and recorded.
 */
async function launchInPlatform(context: BrowserContext, course: Course, lessonId: string, stored?: object) {
  const dir = unzipped.get(course.id)!;
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS) {
      outside.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/runtime.js') return route.fulfill({path: SCORM_RUNTIME, contentType: 'text/javascript'});
    if (url.pathname === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="nb"><head><title>Læringsplattform</title><script src="/runtime.js"></script>
<script>
  window.API = new Scorm12API({logLevel: 5, autocommit: false});
  window.commits = [];
  API.on('LMSCommit', () => commits.push(API.renderCommitCMI(true).cmi));
  API.on('LMSFinish', () => commits.push({finished: API.renderCommitCMI(true).cmi}));
  if (window.STORED) API.loadFromJSON(window.STORED);
</script></head><body><main><h1>Kurs</h1>
<iframe title="Leksjon" src="/pakke/${lessonFile(lessonId)}" style="width:100%;height:80vh;border:0"></iframe>
</main></body></html>`,
      });
    }
    return route.fulfill({path: path.join(dir, decodeURIComponent(url.pathname.replace(/^\/pakke\//, '')))});
  });
  const page = await context.newPage();
  if (stored) await page.addInitScript((value) => Object.assign(window, {STORED: value}), stored);
  await page.goto(`${LMS}/`);
  const frame = page.frameLocator('iframe');
  // The script has taken over when the status line says whether the platform records the lesson.
  await frame.getByText(/blir registrert/).waitFor();
  return {page, frame, outside};
}

type Commit = {core: Record<string, string> & {score: Record<string, string>}; suspend_data: string};
const commits = (page: Page) =>
  page.evaluate(() => (window as unknown as {commits: unknown[]}).commits) as Promise<(Commit | {finished: Commit})[]>;

describe('SCORM packages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    COURSES.forEach(unzip);
  });
  afterAll(async () => {
    await browser?.close();
    for (const dir of unzipped.values()) rmSync(dir, {recursive: true, force: true});
  });

  describe.each(COURSES.map((course) => [course.id, course] as const))('%s', (_, course) => {
    it('holds exactly the files its valid manifest names, all linked relatively', async () => {
      const dir = unzipped.get(course.id)!;
      expect(execFileSync('unzip', ['-tq', path.join(BUILD, scormPackagePath(course.id))], {encoding: 'utf8'})).toMatch(
        /No errors detected/,
      );
      const manifest = readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
      expect(await scormManifestErrors(manifest)).toEqual([]);
      expect(filesIn(dir).sort()).toEqual([...manifestFiles(manifest), 'imsmanifest.xml'].sort());

      for (const lesson of course.lessons) {
        const $ = load(readFileSync(path.join(dir, lessonFile(lesson.id)), 'utf8'));
        const loaded = $('[src], link[href]')
          .toArray()
          .map((el) => $(el).attr('src') ?? $(el).attr('href')!);
        for (const ref of loaded) {
          expect(ref, `${lesson.id}: ${ref}`).not.toMatch(/^([a-z]+:|\/)/);
          expect(filesIn(dir), `${lesson.id}: ${ref}`).toContain(ref);
        }
        // Links may lead to the portal, in a new window; none may assume the package sits at a site's root.
        const links = $('a[href]').toArray();
        expect(links.filter((el) => $(el).attr('href')!.startsWith('/'))).toEqual([]);
        for (const el of links.filter((a) => /^https?:/.test($(a).attr('href')!))) {
          expect($(el).attr('target'), $(el).attr('href')).toBe('_blank');
        }
      }
      const css =
        readFileSync(path.join(dir, 'assets/site.css'), 'utf8') +
        readFileSync(path.join(dir, 'assets/lesson.css'), 'utf8');
      expect([...css.matchAll(/url\(\s*['"]?(?!data:)([^'")]+)/g)].map((m) => m[1])).toEqual([]);
    });

    it('is offered on the course page with its size, beside the guide for administrators', async () => {
      const {context, page, problems} = await openWatchedPage(browser);
      try {
        await gotoHydrated(page, course.route);
        const bytes = statSync(path.join(BUILD, scormPackagePath(course.id))).size;
        const link = page.getByRole('link', {
          name: `Last ned for læringsplattform (SCORM 1.2) (${formatFileSize(bytes)})`,
        });
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(`${course.id}.zip`);
        expect(statSync((await download.path())!).size).toBe(bytes);
        await page.getByRole('link', {name: /Slik legger dere kurset inn/}).click();
        await page.waitForURL(`**${LEARNING_PLATFORM_GUIDE_ROUTE}`);
        await page.getByRole('heading', {level: 1, name: /egen læringsplattform/}).waitFor();
        expect(problems).toEqual({consoleErrors: [], failedRequests: []});
      } finally {
        await context.close();
      }
    });

    it('reports a wrong and then a right attempt to scorm-again, and a new launch resumes there', async () => {
      const lesson = course.lessons[0]!;
      const quiz = quizzes.find((q) => q.courseId === course.id && q.lessonId === lesson.id)!;
      const total = quiz.questions.length;
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      try {
        const {page, frame, outside} = await launchInPlatform(context, course, lesson.id);
        await frame.getByText('Resultatet ditt i quizen blir registrert i læringsplattformen.').waitFor();

        await frame.getByRole('button', {name: 'Sjekk svarene'}).click();
        await frame.getByText(`Du fikk 0 av ${total} riktige`).waitFor();
        const afterWrong = await commits(page);
        expect(afterWrong).toHaveLength(1);
        expect((afterWrong[0] as Commit).core).toMatchObject({
          lesson_status: 'failed',
          score: {raw: '0', min: '0', max: '100'},
        });

        await frame.getByRole('button', {name: 'Prøv igjen'}).click();
        const fieldsets = frame.locator('form fieldset');
        for (const [index, question] of quiz.questions.entries()) {
          await answerByKeyboard(page, fieldsets.nth(index), question);
        }
        await tabTo(page, frame.getByRole('button', {name: 'Sjekk svarene'}));
        await page.keyboard.press('Enter');
        await frame.getByText(`Du fikk ${total} av ${total} riktige`).waitFor();
        const afterRight = await commits(page);
        expect(afterRight).toHaveLength(2);
        const passed = afterRight[1] as Commit;
        expect(passed.core).toMatchObject({lesson_status: 'passed', score: {raw: '100', min: '0', max: '100'}});
        expect(passed.core.lesson_location).toMatch(/\S/);
        expect(JSON.parse(passed.suspend_data)).toMatchObject({checked: true, best: {bestScore: 1, passed: true}});

        // The platform closes the lesson by removing its frame: the lesson finishes the session once.
        await page.evaluate(() => document.querySelector('iframe')!.remove());
        const finished = (await commits(page)).filter((c): c is {finished: Commit} => 'finished' in c);
        expect(finished).toHaveLength(1);
        expect(finished[0]!.finished.core.exit).toBe('');
        expect(outside).toEqual([]);

        const stored = {
          cmi: {
            suspend_data: passed.suspend_data,
            core: {lesson_location: passed.core.lesson_location, lesson_status: 'passed', entry: 'resume'},
          },
        };
        const again = await launchInPlatform(await browser.newContext(), course, lesson.id, stored);
        await again.frame.getByText(`Du fikk ${total} av ${total} riktige`).waitFor();
        await again.frame.getByText('Ditt beste resultat så langt: 100 % – bestått.').waitFor();
        await again.frame.getByText('Du fortsetter der du slapp.').waitFor();
        const lessonFrame = again.page.frames().find((f) => f.url().includes('/pakke/')) as Frame;
        const inView = await lessonFrame.evaluate((id) => {
          const box = document.getElementById(id)!.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        }, passed.core.lesson_location!);
        expect(inView).toBe(true);
        expect(again.outside).toEqual([]);
        await again.page.context().close();
      } finally {
        await context.close();
      }
    });

    it('keeps unchecked answers for the next launch', async () => {
      const lesson = course.lessons[1]!;
      const quiz = quizzes.find((q) => q.courseId === course.id && q.lessonId === lesson.id)!;
      // Not an ordering question: its shuffled order counts as an answer before the learner touches it.
      const index = quiz.questions.findIndex((q) => q.type !== 'ordering');
      const first = quiz.questions[index]!;
      const context = await browser.newContext();
      try {
        const {page, frame} = await launchInPlatform(context, course, lesson.id);
        await answerByKeyboard(page, frame.locator('form fieldset').nth(index), first);
        await page.evaluate(() => document.querySelector('iframe')!.remove());
        const finished = (await commits(page)).find((c): c is {finished: Commit} => 'finished' in c)!.finished;
        expect(finished.core.exit).toBe('suspend');
        expect(finished.core.lesson_status).toBe('incomplete');
        const saved = JSON.parse(finished.suspend_data) as {answers: Record<string, unknown>; checked: boolean};
        expect(Object.keys(saved.answers)).toContain(first.id);

        const again = await launchInPlatform(await browser.newContext(), course, lesson.id, {
          cmi: {suspend_data: finished.suspend_data, core: {lesson_status: 'incomplete', entry: 'resume'}},
        });
        const lessonFrame = again.page.frames().find((f) => f.url().includes('/pakke/')) as Frame;
        const restored = await lessonFrame.evaluate(
          (i) =>
            [...document.querySelectorAll('form fieldset')[i]!.querySelectorAll('input, select')].some((el) =>
              el instanceof HTMLSelectElement ? el.value !== '' : (el as HTMLInputElement).checked,
            ),
          index,
        );
        expect(restored).toBe(true);
        await again.page.context().close();
      } finally {
        await context.close();
      }
    });

    it('works opened on its own, offline, at 320 and 1280 px: says nothing is recorded, requests nothing outside, axe finds nothing', async () => {
      const dir = unzipped.get(course.id)!;
      for (const width of [320, 1280]) {
        const context = await browser.newContext({viewport: {width, height: 900}});
        await context.setOffline(true);
        const requests: string[] = [];
        context.on('request', (request) => requests.push(request.url()));
        try {
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          for (const lesson of course.lessons) {
            await page.goto(pathToFileURL(path.join(dir, lessonFile(lesson.id))).href);
            await page.getByText('Leksjonen er åpnet uten læringsplattform, så ingenting blir registrert.').waitFor();
            await page.getByRole('button', {name: 'Sjekk svarene'}).click();
            await page.getByText(/Du fikk 0 av \d+ riktige/).waitFor();
            const {violations} = await new AxeBuilder({page})
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
              .analyze();
            expect(
              violations.map((v) => `${lesson.id} ${width}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`),
            ).toEqual([]);
            const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
            expect(sideways, `${lesson.id} at ${width} px scrolls sideways`).toBe(false);
          }
          expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  });
});
