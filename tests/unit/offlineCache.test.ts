import {describe, expect, it} from 'vitest';
import {offlineResources} from '@site/src/lib/offlineCache';

const ORIGIN = 'https://innkjopsportalen.example';
const entry = (path: string, origin = ORIGIN) => ({name: origin + path});

describe('offlineResources', () => {
  it('keeps the scripts, styles, images and fonts a page loaded from the site itself', () => {
    const entries = [
      entry('/assets/js/main.abc.js'),
      entry('/assets/css/styles.def.css'),
      entry('/img/logo.svg'),
      entry('/manifest.json'),
      entry('/assets/js/main.abc.js'),
    ];
    expect(offlineResources(entries, ORIGIN, '/')).toEqual([
      '/assets/js/main.abc.js',
      '/assets/css/styles.def.css',
      '/img/logo.svg',
      '/manifest.json',
    ]);
  });

  it('leaves out other origins, downloads, search indexes, pages and the service worker itself', () => {
    const entries = [
      entry('/kurs/innkjopssamarbeid/organisering/'),
      entry('/'),
      entry('/analytics.js', 'https://cdn.example'),
      entry('/maler/avviksrapport.docx'),
      entry('/scorm/innkjopssamarbeid.zip'),
      entry('/search-index-veiledere.json'),
      entry('/search-index.json'),
      entry('/sw.js'),
      {name: 'ikke en adresse'},
    ];
    expect(offlineResources(entries, ORIGIN, '/')).toEqual([]);
  });

  it('keeps a query string, which is part of what the browser asked for', () => {
    expect(offlineResources([entry('/img/icon-192.png?v=2')], ORIGIN, '/')).toEqual(['/img/icon-192.png?v=2']);
  });

  it('keeps only the files of the site itself when it lives under a sub-path', () => {
    const entries = [
      entry('/innkjop/assets/js/main.abc.js'),
      entry('/annet/assets/js/main.abc.js'),
      entry('/innkjop/search-index-kurs.json'),
      entry('/innkjop/sw.js'),
      entry('/innkjop/maler/mandat.docx'),
    ];
    expect(offlineResources(entries, ORIGIN, '/innkjop/')).toEqual(['/innkjop/assets/js/main.abc.js']);
  });
});
