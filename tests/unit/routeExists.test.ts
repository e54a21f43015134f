import {describe, expect, it} from 'vitest';
import {routeExists} from '../routeExists';

describe('routeExists', () => {
  it('finds docs, guides, courses and pages, and refuses what is not there', () => {
    expect(routeExists('/handbok/prosess/avviksrapport')).toBe(true);
    expect(routeExists('/handbok/mandat/')).toBe(true);
    expect(routeExists('/veiledere/ikt')).toBe(true);
    expect(routeExists('/kurs/kontraktsoppfolging/')).toBe(true);
    expect(routeExists('/samarbeid/')).toBe(true);
    expect(routeExists('/handbok/finnes-ikke/')).toBe(false);
    expect(routeExists('/veiledere/romfart')).toBe(false);
  });
});
