import {describe, expect, it} from 'vitest';
import {TOOLS} from '@site/src/data/technology';
import {checklistKind, gaps} from '@site/src/lib/techChecklist';
import {readStored, writeStored} from '@site/src/lib/versionedStorage';
import {memoryStorage} from '../helpers/memoryStorage';

const kind = checklistKind(TOOLS);
const [firstTool, secondTool] = TOOLS;

describe('technology checklist state', () => {
  it('round-trips the ticked tools and lists the rest as gaps', () => {
    const storage = memoryStorage();
    writeStored(storage, kind, {have: [firstTool!.id, secondTool!.id]});
    const read = readStored(storage, kind);
    expect(read).toEqual({value: {have: [firstTool!.id, secondTool!.id]}, writable: true});
    expect(gaps(read.value.have, TOOLS)).toEqual(TOOLS.slice(2));
  });

  it('keeps the known tools of stored answers and says something was dropped', () => {
    const storage = memoryStorage({[kind.key]: JSON.stringify({version: 1, have: [firstTool!.id, 'fakseverktøy', 7]})});
    expect(readStored(storage, kind)).toMatchObject({
      value: {have: [firstTool!.id]},
      problem: 'partly-dropped',
      writable: true,
    });
  });

  it('treats a list that is not a list as broken', () => {
    const storage = memoryStorage({[kind.key]: '{"version":1,"have":"alt"}'});
    expect(readStored(storage, kind)).toMatchObject({value: {have: []}, problem: 'partly-dropped'});
  });
});
