// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {offlinePageHtml, orderSavedPages, savedPageTitle} from '@site/src/serviceWorker/offlinePage';

const SITE = 'https://innkjopsportalen.example';

describe('savedPageTitle', () => {
  it('takes the page title without the site name, entities decoded', () => {
    const html = '<head><title data-rh="true">Kontrakt &amp; oppf&#248;lging | Innkjøpsportalen</title></head>';
    expect(savedPageTitle(html, '/x/')).toBe('Kontrakt & oppfølging');
  });

  it('keeps a title with no site name whole, and falls back for a page without one', () => {
    expect(savedPageTitle('<title>Forside</title>', '/')).toBe('Forside');
    expect(savedPageTitle('<p>ingen tittel</p>', '/kurs/a/')).toBe('/kurs/a/');
  });
});

describe('orderSavedPages', () => {
  it('puts the home page first, keeps each folder together with its pages by title, and lists a page once', () => {
    const pages = [
      {url: `${SITE}/veiledere/reise/`, title: 'Reise'},
      {url: `${SITE}/kurs/a/leksjon-b/`, title: 'Leksjon 10: B'},
      {url: `${SITE}/kurs/a/leksjon-a/`, title: 'Leksjon 2: A'},
      {url: `${SITE}/`, title: 'Forside'},
      {url: `${SITE}/kurs/a/`, title: 'Kurs A'},
      {url: `${SITE}/veiledere/reise/`, title: 'Reise'},
    ];
    expect(orderSavedPages(pages, `${SITE}/`).map((p) => p.title)).toEqual([
      'Forside',
      'Kurs A',
      'Leksjon 2: A',
      'Leksjon 10: B',
      'Reise',
    ]);
  });
});

describe('offlinePageHtml', () => {
  const page = (saved: {url: string; title: string}[], requestedUrl = `${SITE}/veiledere/ikt/`) =>
    new DOMParser().parseFromString(offlinePageHtml({requestedUrl, saved}), 'text/html');

  it('is a Norwegian page that says the page is not saved and links to every saved page', () => {
    const doc = page([
      {url: `${SITE}/`, title: 'Forside'},
      {url: `${SITE}/kurs/a/`, title: 'Kurs A'},
    ]);
    expect(doc.documentElement.lang).toBe('nb-NO');
    expect(doc.title).toBe('Du er uten nett');
    expect(doc.querySelector('h1')?.textContent).toBe('Du er uten nett');
    expect([...doc.querySelectorAll('main ul a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Forside', `${SITE}/`],
      ['Kurs A', `${SITE}/kurs/a/`],
    ]);
    expect(doc.querySelector(`a[href="${SITE}/veiledere/ikt/"]`)?.textContent).toBe('Prøv igjen');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('says so when nothing is saved yet, instead of an empty list', () => {
    const doc = page([]);
    expect(doc.querySelector('ul')).toBeNull();
    expect(doc.body.textContent).toContain('Ingen sider er lagret');
  });

  it('escapes titles and addresses, so a saved page cannot add markup', () => {
    const doc = page([{url: `${SITE}/a/?q="><b>`, title: '<img src=x>'}], `${SITE}/b/?"><i>`);
    expect(doc.querySelector('img, b, i')).toBeNull();
    expect(doc.querySelector('main ul a')?.textContent).toBe('<img src=x>');
  });
});
