import {describe, expect, it} from 'vitest';
import {DIMENSIONS} from '@site/src/data/maturity';
import {TOOLS} from '@site/src/data/technology';
import {maturityKind} from '@site/src/lib/maturity';
import {savingsKind} from '@site/src/lib/savings';
import {checklistKind} from '@site/src/lib/techChecklist';
import {readStored, storedNotice, type StoredKind} from '@site/src/lib/versionedStorage';
import {memoryStorage} from '../helpers/memoryStorage';

const nested = (depth: number) => `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`;

/** Values a hostile page, a hand edit or an unlucky crash can leave under a tool's key. */
const HOSTILE: [string, string][] = [
  ['not JSON', '{ødelagt'],
  ['null', 'null'],
  ['an array', '[1,2,3]'],
  ['a string', '"alt"'],
  ['no version', '{"have":[],"lines":[],"draft":{}}'],
  ['a version as text', '{"version":"1"}'],
  ['a future version', '{"version":99,"have":["x"],"lines":[],"draft":{}}'],
  ['inherited names as ids', '{"version":1,"have":["constructor","__proto__"],"draft":{"toString":3,"__proto__":2}}'],
  [
    'a __proto__ object',
    '{"version":1,"__proto__":{"polluted":true},"have":[{"__proto__":1}],"lines":[{"__proto__":{"name":"x"}}],"draft":{"__proto__":{"x":3}}}',
  ],
  ['wrong shapes', '{"version":1,"have":"alt","lines":{"0":{}},"draft":[],"saved":"i går"}'],
  ['deep nesting', `{"version":1,"have":${nested(1000)},"lines":${nested(1000)},"draft":${nested(1000)}}`],
  ['nesting past the parser', nested(200_000)],
];

const KINDS: [string, StoredKind<object>][] = [
  ['the technology checklist', checklistKind(TOOLS) as StoredKind<object>],
  ['the savings calculator', savingsKind as StoredKind<object>],
  ['the maturity assessment', maturityKind(DIMENSIONS) as StoredKind<object>],
];

describe.each(KINDS)('%s against hostile stored values', (_, kind) => {
  it.each(HOSTILE)('reads %s without throwing, with a notice, and writes nothing', (__, raw) => {
    const storage = memoryStorage({[kind.key]: raw});
    const read = readStored(storage, kind);
    expect(read.problem).toBeDefined();
    expect(storedNotice(kind, read.problem)).toMatch(/\S/);
    expect([...storage.data.entries()]).toEqual([[kind.key, raw]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(read.value)).toBe(JSON.stringify(kind.empty()));
  });
});
