import {describe, expect, it} from 'vitest';
import {createPrefetchQueue, type Scheduler} from '../../src/lib/prefetchQueue';

/** A scheduler whose turns come only when the test says so. */
function manualTurns(): {schedule: Scheduler; pending: () => number; runTurn: () => void} {
  const turns: (() => void)[] = [];
  return {
    schedule(next) {
      turns.push(next);
      return () => {
        const at = turns.indexOf(next);
        if (at >= 0) turns.splice(at, 1);
      };
    },
    pending: () => turns.length,
    runTurn() {
      const next = turns.shift();
      if (!next) throw new Error('no turn is scheduled');
      next();
    },
  };
}

describe('createPrefetchQueue', () => {
  it('fetches nothing when a path is added, and one page per turn afterwards, in order', () => {
    const fetched: string[] = [];
    const turns = manualTurns();
    const queue = createPrefetchQueue((path) => fetched.push(path), turns.schedule);
    queue.add('/a/');
    queue.add('/b/');
    queue.add('/c/');
    expect(fetched).toEqual([]);
    expect(turns.pending()).toBe(1);
    turns.runTurn();
    expect(fetched).toEqual(['/a/']);
    turns.runTurn();
    turns.runTurn();
    expect(fetched).toEqual(['/a/', '/b/', '/c/']);
    expect(turns.pending()).toBe(0);
  });

  it('fetches a page once however many links point to it', () => {
    const fetched: string[] = [];
    const turns = manualTurns();
    const queue = createPrefetchQueue((path) => fetched.push(path), turns.schedule);
    queue.add('/a/');
    queue.add('/a/');
    turns.runTurn();
    queue.add('/a/');
    expect(turns.pending()).toBe(0);
    expect(fetched).toEqual(['/a/']);
  });

  it('drops what is waiting when cleared, and takes those paths again from the next page', () => {
    const fetched: string[] = [];
    const turns = manualTurns();
    const queue = createPrefetchQueue((path) => fetched.push(path), turns.schedule);
    queue.add('/a/');
    queue.add('/b/');
    turns.runTurn();
    queue.clear();
    expect(turns.pending()).toBe(0);
    queue.add('/b/');
    queue.add('/a/');
    turns.runTurn();
    expect(fetched).toEqual(['/a/', '/b/']);
    expect(turns.pending()).toBe(0);
  });
});
