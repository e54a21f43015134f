import {load} from 'cheerio';
import {packagePage, PackagePageError} from '@site/src/lib/scorm/packagePage';
import {PACKAGE_ASSETS, QUIZ_MOUNT_ATTRIBUTE, STATUS_ATTRIBUTE} from '@site/src/lib/scorm/packageLayout';

const built = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/assets/css/styles.abc.css">
<script src="/assets/js/main.js"></script></head><body><nav><a href="/">Forside</a></nav>
<article><div class="theme-doc-markdown markdown"><header><h1>Leksjon 1</h1></header>${body}</div></article></body></html>`;

// Built for BASE_URL=/innkjop/: the portal's own links carry the base already.
const lesson = `<p data-offline-status="saving"></p>
<h2 id="roller">Roller<a href="#roller" class="hash-link">#</a></h2>
<p>Se <a href="/innkjop/handbok/roller/">rollene</a>, <a href="../neste/">neste leksjon</a>, <a href="#roller">over</a> og
<a href="https://lovdata.no/lov/2016-06-17-73">loven</a>.</p>
<section data-quiz="leksjon-1"><h3>Test deg selv</h3><form></form></section>`;

const make = (body: string) =>
  packagePage({
    html: built(body),
    pageUrl: 'https://portal.example/innkjop/kurs/kurset/leksjon-1/',
    lessonId: 'leksjon-1',
    lessonTitle: 'Leksjon 1',
    courseTitle: 'Kurset',
  });

describe('a lesson’s page in a package', () => {
  const $ = load(make(lesson));

  it('keeps the lesson text and quiz, without the portal’s navigation, scripts or offline status', () => {
    expect($('h1').text()).toBe('Leksjon 1');
    expect($('nav, [data-offline-status], .hash-link')).toHaveLength(0);
    expect($(`[${QUIZ_MOUNT_ATTRIBUTE}="leksjon-1"] > section[data-quiz] h3`).text()).toBe('Test deg selv');
    expect($(`[${STATUS_ATTRIBUTE}]`).text()).toMatch(/trenger JavaScript/);
  });

  it('loads only the package’s own files, by relative paths', () => {
    expect(
      $('link[rel=stylesheet]')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual([PACKAGE_ASSETS.siteCss, PACKAGE_ASSETS.lessonCss]);
    expect(
      $('script')
        .map((_, el) => $(el).attr('src'))
        .get(),
    ).toEqual([PACKAGE_ASSETS.lessonJs]);
  });

  it('sends links to other pages to the portal in a new window, and keeps links within the lesson', () => {
    const links = $('p a')
      .map((_, el) => [[$(el).attr('href'), $(el).attr('target') ?? '']])
      .get();
    expect(links).toEqual([
      ['https://portal.example/innkjop/handbok/roller/', '_blank'],
      ['https://portal.example/innkjop/kurs/kurset/neste/', '_blank'],
      ['#roller', ''],
      ['https://lovdata.no/lov/2016-06-17-73', '_blank'],
    ]);
    expect($('.scorm-lesson-note').first().text()).toMatch(/nytt vindu/);
  });

  it.each([
    ['a page without lesson text', '<main>ingen leksjon</main>', /Fant ikke leksjonsteksten/],
    ['a lesson without its quiz', '<p>Bare tekst</p>', /Fant ikke quizen/],
    ['an image the package would not hold', `${lesson}<img src="/img/figur.png" alt="">`, /laster inn img/],
  ])('stops the build with the reason on %s', (_, body, reason) => {
    const html = body.startsWith('<main>') ? `<html><body>${body}</body></html>` : built(body);
    const make = () =>
      packagePage({
        html,
        pageUrl: 'https://portal.example/',
        lessonId: 'leksjon-1',
        lessonTitle: 'L',
        courseTitle: 'K',
      });
    expect(make).toThrow(PackagePageError);
    expect(make).toThrow(reason);
  });
});
