import {describe, expect, it} from 'vitest';
import {courseSaveMessage, courseSaveProgress} from '@site/src/lib/courseSaveMessage';

describe('courseSaveMessage', () => {
  it('says the course is saved when every lesson was', () => {
    expect(courseSaveMessage(6, 0)).toBe('Kurset er lagret. Alle 6 leksjonene kan nå åpnes uten nett.');
  });

  it('says how many lessons were saved when some failed, and that none were when all did', () => {
    expect(courseSaveMessage(6, 2)).toMatch(/^4 av 6 leksjoner ble lagret, 2 kunne ikke hentes\./);
    expect(courseSaveMessage(6, 6)).toBe('Ingen leksjoner ble lagret. Prøv igjen når du har nett.');
  });
});

describe('courseSaveProgress', () => {
  it('names the lesson being saved, never past the last', () => {
    expect(courseSaveProgress(6, 0)).toBe('Lagrer leksjon 1 av 6 …');
    expect(courseSaveProgress(6, 6)).toBe('Lagrer leksjon 6 av 6 …');
  });
});
