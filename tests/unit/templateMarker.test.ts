import {describe, expect, it} from 'vitest';
import {isTemplate} from '@site/src/lib/templateMarker';

describe('isTemplate', () => {
  it('treats a page as a template when it declares any template field', () => {
    expect(isTemplate({title: 'Funn'})).toBe(false);
    expect(isTemplate({title: 'Mal', version: '1.0.0'})).toBe(true);
    expect(isTemplate({template_id: 'x'})).toBe(true);
  });
});
