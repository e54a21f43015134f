import {describe, expect, it} from 'vitest';
import {changedBlocks, diffTemplateText} from '@site/src/lib/templateDiff';

const before = `## Formål

Samarbeidet skal gi bedre avtaler.

## Ansvar

Lederen har ansvaret.

Et avsnitt som går ut.`;

const after = `## Formål

Samarbeidet skal gi bedre og billigere avtaler.

## Ansvar

Lederen har ansvaret.

## Finansiering

Medlemmene betaler etter innbyggertall.`;

describe('diffTemplateText', () => {
  const blocks = diffTemplateText(before, after);

  it('keeps the headings as headings, with their level', () => {
    expect(blocks.filter((b) => b.level === 2).map((b) => [b.parts.map((p) => p.text).join(''), b.change])).toEqual([
      ['Formål', 'same'],
      ['Ansvar', 'same'],
      ['Finansiering', 'added'],
    ]);
  });

  it('compares an edited paragraph word by word', () => {
    const edited = blocks.find((b) => b.change === 'changed')!;
    expect(edited.parts.filter((p) => p.change !== 'same').map((p) => [p.change, p.text.trim()])).toEqual([
      ['added', 'og billigere'],
    ]);
  });

  it('marks a removed paragraph and counts the changed blocks', () => {
    expect(blocks.find((b) => b.change === 'removed')?.parts[0]?.text).toBe('Et avsnitt som går ut.');
    expect(changedBlocks(blocks)).toBe(4);
  });

  it('finds nothing to show between equal texts', () => {
    expect(changedBlocks(diffTemplateText(before, before))).toBe(0);
  });
});
