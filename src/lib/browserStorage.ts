/**
 * What the portal keeps in the reader's browser, as the privacy page lists it. Built from the keys the code uses
 * (src/lib/storageKeys.ts), so a new key without a line here fails tests/unit/browserStorage.test.ts.
 */
import {OFFLINE_CACHES, STORAGE_KEYS, setAsideKey} from './storageKeys';
import {coursePath, handbookPath} from '../data/routes';

export type StoredItem = {
  /** The key in localStorage or the cache's name in the browser's Cache Storage. */
  key: string;
  place: 'localStorage' | 'Cache Storage';
  /** What is kept, in plain words. */
  what: string;
  /** When it is written. */
  when: string;
  /** Where the reader can change or delete it in the portal, if anywhere. */
  reset?: {label: string; to: string};
};

const SET_ASIDE_NOTE =
  'En kopi av det som lå lagret, tatt vare på første gang noe skrives etter at lagringen var ødelagt eller fra en nyere versjon av portalen. Den finnes bare når det har skjedd.';

const local = (
  key: string,
  what: string,
  when: string,
  reset?: StoredItem['reset'],
): readonly [StoredItem, StoredItem] => [
  {key, place: 'localStorage', what, when, reset},
  {key: setAsideKey(key), place: 'localStorage', what: SET_ASIDE_NOTE, when: 'Bare etter en reparasjon.', reset},
];

export const STORED_ITEMS: readonly StoredItem[] = [
  ...local(
    STORAGE_KEYS.progress,
    'Framdriften i kursene: hvilke leksjoner du har bestått, beste resultat, antall forsøk og tidspunktet for siste forsøk, og navnet du har skrevet på kursbeviset.',
    'Når du svarer på en quiz eller skriver navnet ditt på kursbeviset.',
    {label: 'Nullstill framdriften', to: coursePath('#flytt-eller-nullstill-framdriften')},
  ),
  ...local(
    STORAGE_KEYS.maturity,
    'Svarene i modenhetsanalysen og vurderingene du har lagret, med dato.',
    'Når du svarer eller lagrer en vurdering.',
    {label: 'Modenhetsanalysen', to: handbookPath('modenhet/#gjør-analysen')},
  ),
  ...local(
    STORAGE_KEYS.savings,
    'Linjene du har skrevet i gevinstkalkulatoren (avtale, priser og mengder).',
    'Når du skriver eller fjerner en linje.',
    {label: 'Gevinstkalkulatoren', to: handbookPath('gevinstmaling/#beregn-besparelsen')},
  ),
  ...local(
    STORAGE_KEYS.checklist,
    'Hvilke verktøy du har krysset av for i teknologisjekklisten.',
    'Når du krysser av eller fjerner et kryss.',
    {label: 'Teknologisjekklisten', to: handbookPath('teknologi/#sjekk-hva-dere-har')},
  ),
  {
    key: OFFLINE_CACHES.pages,
    place: 'Cache Storage',
    what: 'Sidene du har åpnet, slik at du kan lese dem igjen uten nett.',
    when: 'Når du åpner en side i håndboken, veilederne eller kursene.',
  },
  {
    key: OFFLINE_CACHES.assets,
    place: 'Cache Storage',
    what: 'Skript, stiler, bilder og skrifter de sidene trenger.',
    when: 'Når en side du åpner, henter dem.',
  },
  // Written by Docusaurus itself, which the portal is built with.
  {
    key: 'theme',
    place: 'localStorage',
    what: 'Om du har valgt lys eller mørk visning.',
    when: 'Bare når du bytter visning med knappen øverst.',
  },
  {
    key: 'docusaurus.pwa.event.appInstalled.fired',
    place: 'localStorage',
    what: 'At portalen er installert som app på enheten.',
    when: 'Bare når du installerer portalen som app.',
  },
  {
    key: 'workbox-precache-v2-…',
    place: 'Cache Storage',
    what: 'Hele portalen, slik at en installert app virker uten nett.',
    when: 'Bare når du installerer portalen som app.',
  },
];
