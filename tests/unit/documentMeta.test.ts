import {describe, expect, it} from 'vitest';
import {documentMetaRows} from '@site/src/lib/documentMeta';
import {formatDate} from '@site/src/lib/format';

describe('documentMetaRows', () => {
  it('shows version, status in words, owner and review date for a template', () => {
    expect(
      documentMetaRows({
        template_id: 'avviksrapport',
        version: '1.2.0',
        status: 'utkast',
        owner: 'Redaksjonen',
        last_reviewed: new Date('2026-11-24T00:00:00Z'),
      }),
    ).toEqual([
      {label: 'Versjon', value: '1.2.0'},
      {label: 'Status', value: 'Utkast – kan endres'},
      {label: 'Eier', value: 'Redaksjonen'},
      {label: 'Sist gjennomgått', value: '24. november 2026'},
    ]);
  });

  it('shows only owner and review date for a guide, and nothing for an ordinary page', () => {
    expect(documentMetaRows({category: 'ikt', last_reviewed: '2026-01-05', owner: 'Difi'})).toEqual([
      {label: 'Eier', value: 'Difi'},
      {label: 'Sist gjennomgått', value: '5. januar 2026'},
    ]);
    expect(documentMetaRows({title: 'Funn'})).toEqual([]);
  });
});

describe('formatDate', () => {
  it('keeps text it cannot read as a date instead of printing "Invalid Date"', () => {
    expect(formatDate('snart')).toBe('snart');
  });
});
