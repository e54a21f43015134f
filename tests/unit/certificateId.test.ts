import {describe, expect, it} from 'vitest';
import {certificateId} from '@site/src/lib/certificateId';

const facts = {courseId: 'innkjopssamarbeid', learnerName: 'Kari Nordmann', completedAt: '2026-11-20T12:00:00.000Z'};

describe('certificateId', () => {
  it('is the same for the same completion, in the printed form', () => {
    expect(certificateId(facts)).toBe(certificateId({...facts}));
    expect(certificateId(facts)).toMatch(/^KB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('does not change with spacing or Unicode composition of the same name', () => {
    expect(certificateId({...facts, learnerName: '  Kari   Nordmann '})).toBe(certificateId(facts));
    const composed = certificateId({...facts, learnerName: 'Åse Ødegård'});
    expect(certificateId({...facts, learnerName: 'A\u030ase Ødegård'})).toBe(composed);
  });

  it('changes with the course, the name and the completion', () => {
    const ids = new Set([
      certificateId(facts),
      certificateId({...facts, courseId: 'kontraktsoppfolging'}),
      certificateId({...facts, learnerName: 'Kari Nordman'}),
      certificateId({...facts, completedAt: '2026-11-20T12:00:01.000Z'}),
      // The fields are kept apart: moving a letter from one to the next is another certificate.
      certificateId({...facts, courseId: 'innkjopssamarbeidK', learnerName: 'ari Nordmann'}),
    ]);
    expect(ids.size).toBe(5);
  });
});
