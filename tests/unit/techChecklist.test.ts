import {describe, expect, it} from 'vitest';
import {TOOLS} from '@site/src/data/technology';
import {gaps, readChecklist, serializeChecklist} from '@site/src/lib/techChecklist';

describe('technology checklist state', () => {
  it('round-trips the ticked tools and lists the rest as gaps', () => {
    const read = readChecklist(serializeChecklist(['e-handel', 'spendanalyse']), TOOLS);
    expect(read).toEqual({have: ['e-handel', 'spendanalyse']});
    expect(gaps(read.have, TOOLS).map((t) => t.id)).toEqual([
      'kontraktsforvaltning',
      'konkurransegjennomforing',
      'leverandoroppfolging',
      'bestillingsstatistikk',
    ]);
  });

  it('keeps the known part of stored answers and says what it dropped', () => {
    expect(readChecklist('{"version":1,"have":["e-handel","fakseverktøy",7]}', TOOLS)).toEqual({
      have: ['e-handel'],
      notice: 'Noen lagrede svar var ukjente og er fjernet. Resten er beholdt.',
    });
  });

  it.each(['{ødelagt', '{"version":2,"have":[]}', '[]', '{"version":1,"have":"alt"}'])(
    'resets %j with a message',
    (raw) => {
      expect(readChecklist(raw, TOOLS)).toEqual({
        have: [],
        notice: 'De lagrede svarene i sjekklisten var ødelagt og er nullstilt.',
      });
    },
  );

  it('starts empty without a message when nothing is stored', () => {
    expect(readChecklist(null, TOOLS)).toEqual({have: []});
  });
});
