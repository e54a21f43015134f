import {describe, expect, it} from 'vitest';
import {PUBLISHER} from '@site/src/data/publisher';
import {mailtoHref, resolvePublisher} from '@site/src/lib/publisherConfig';

describe('resolvePublisher', () => {
  it('keeps the default publisher without variables', () => {
    expect(resolvePublisher({})).toEqual(PUBLISHER);
  });

  it('takes every field from the environment, the address split on «|»', () => {
    expect(
      resolvePublisher({
        PUBLISHER_NAME: 'DFØ',
        PUBLISHER_UNIT: 'avdeling for offentlige anskaffelser',
        PUBLISHER_EMAIL: ' post@dfo.example ',
        PUBLISHER_ADDRESS: 'Postboks 1 Sentrum| 0101 Oslo',
      }),
    ).toEqual({
      name: 'DFØ',
      unit: 'avdeling for offentlige anskaffelser',
      logoText: 'DFØ',
      email: 'post@dfo.example',
      postalAddress: ['Postboks 1 Sentrum', '0101 Oslo'],
    });
    expect(resolvePublisher({PUBLISHER_NAME: 'DFØ', PUBLISHER_LOGO_TEXT: 'Direktoratet'}).logoText).toBe(
      'Direktoratet',
    );
  });

  it('stops on bad values with a Norwegian message naming the variable', () => {
    expect(() => resolvePublisher({PUBLISHER_EMAIL: 'post(at)dfo.no'})).toThrow(
      /PUBLISHER_EMAIL må være én e-postadresse/,
    );
    expect(() => resolvePublisher({PUBLISHER_EMAIL: 'a@b.no, c@d.no'})).toThrow(/PUBLISHER_EMAIL/);
    expect(() => resolvePublisher({PUBLISHER_NAME: '<b>DFØ</b>'})).toThrow(
      /PUBLISHER_NAME må være en tekst på én linje/,
    );
    expect(() => resolvePublisher({PUBLISHER_ADDRESS: 'Postboks 1||0101 Oslo'})).toThrow(
      /PUBLISHER_ADDRESS har en tom linje/,
    );
    expect(() => resolvePublisher({PUBLISHER_UNIT: 'x'.repeat(121)})).toThrow(/høyst 120 tegn/);
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body so mail programs read spaces, «&» and line breaks', () => {
    expect(mailtoHref('post@etat.no', 'Fant du det & mer?', 'Side: https://x.no/a?b=1\nHei')).toBe(
      'mailto:post@etat.no?subject=Fant%20du%20det%20%26%20mer%3F&body=Side%3A%20https%3A%2F%2Fx.no%2Fa%3Fb%3D1%0AHei',
    );
  });
});
