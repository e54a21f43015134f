/**
 * «Hva er endret» between two versions of a template: the texts read as a reader
 * sees them (src/lib/mdxReadable.ts) and split into blocks, matched block by block, and changed
 * paragraphs compared word by word, so a reader who filled in the old version
 * sees each change in its section.
 */
import {diffArrays, diffWords} from 'diff';
import {readableBlocks, type ReadableBlock} from './mdxReadable';

export type DiffPart = {text: string; change: 'same' | 'added' | 'removed'};

export type DiffBlock = {
  /** 0 for a paragraph, else the heading level (## is 2). */
  level: number;
  change: 'same' | 'added' | 'removed' | 'changed';
  parts: DiffPart[];
};

const whole = (block: ReadableBlock, change: 'same' | 'added' | 'removed'): DiffBlock => ({
  level: block.level,
  change,
  parts: [{text: block.text, change}],
});

const sameKey = (a: ReadableBlock, b: ReadableBlock) => a.level === b.level && a.text === b.text;

export function diffTemplateText(before: string, after: string): DiffBlock[] {
  const changes = diffArrays(readableBlocks(before), readableBlocks(after), {comparator: sameKey});
  const result: DiffBlock[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      // A removed run followed by an added one is an edit: pair the blocks and compare their words.
      const [removed, added] = [change.value, next.value];
      for (let j = 0; j < Math.max(removed.length, added.length); j++) {
        const [old, neu] = [removed[j], added[j]];
        if (old && neu && old.level === neu.level) {
          const parts = diffWords(old.text, neu.text).map((p): DiffPart => ({
            text: p.value,
            change: p.added ? 'added' : p.removed ? 'removed' : 'same',
          }));
          result.push({level: neu.level, change: 'changed', parts});
        } else {
          if (old) result.push(whole(old, 'removed'));
          if (neu) result.push(whole(neu, 'added'));
        }
      }
      i++;
      continue;
    }
    for (const block of change.value)
      result.push(whole(block, change.added ? 'added' : change.removed ? 'removed' : 'same'));
  }
  return result;
}

/** How many blocks changed, for the summary above the comparison. */
export function changedBlocks(blocks: readonly DiffBlock[]): number {
  return blocks.filter((block) => block.change !== 'same').length;
}
