import {describe, expect, it} from 'vitest';
import {changedBlocks, diffTemplateText} from '@site/src/lib/templateDiff';
import {FROM_DATA, readableBlocks} from '@site/src/lib/mdxReadable';

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

describe('what «Hva er endret» compares', () => {
  it('reads a template as its reader does: no markup, file names or component tags', () => {
    const mdx = [
      '## Formål',
      '',
      'Se [oppstartsmøtet](./oppstartsmote.mdx) og **mandatet**.',
      '',
      '<Guidance>',
      '',
      'Veiledning her.',
      '',
      '</Guidance>',
      '',
      '- [ ] Vertskommune',
      '- punkt',
      '',
      '| Rolle | Ansvar |',
      '| ----- | ------ |',
      '| Leder | Mandat |',
      '',
      '<KpiTable ids={["avtalelojalitet"]} />',
    ].join('\n');
    expect(readableBlocks(mdx)).toEqual([
      {level: 2, text: 'Formål'},
      {level: 0, text: 'Se oppstartsmøtet og mandatet.'},
      {level: 0, text: 'Veiledning her.'},
      {level: 0, text: '☐ Vertskommune'},
      {level: 0, text: '• punkt'},
      {level: 0, text: 'Rolle | Ansvar'},
      {level: 0, text: 'Leder | Mandat'},
      {level: 0, text: FROM_DATA},
    ]);
  });
});
