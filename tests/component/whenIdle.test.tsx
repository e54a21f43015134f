import {afterEach, describe, expect, it, vi} from 'vitest';
import {whenIdleAfterLoad} from '@site/src/browser/whenIdle';

/** Whether `promise` has settled once everything already due has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('whenIdleAfterLoad', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits the given time after the load event, then for an idle moment', async () => {
    vi.useFakeTimers();
    let idle: (() => void) | undefined;
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn((callback: () => void) => {
        idle = callback;
        return 1;
      }),
    );
    const waiting = whenIdleAfterLoad(new AbortController().signal, 5000);
    await vi.advanceTimersByTimeAsync(4999);
    expect(idle).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), {timeout: 2000});
    expect(await settled(waiting)).toBe(false);
    idle!();
    expect(await settled(waiting)).toBe(true);
  });

  it('never resolves once the reader has left, and gives up its idle callback', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn(() => 7),
    );
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const leftEarly = new AbortController();
    const beforeDelay = whenIdleAfterLoad(leftEarly.signal, 5000);
    leftEarly.abort();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await settled(beforeDelay)).toBe(false);
    expect(requestIdleCallback).not.toHaveBeenCalled();

    const leftLate = new AbortController();
    const duringIdle = whenIdleAfterLoad(leftLate.signal);
    await vi.advanceTimersByTimeAsync(0);
    leftLate.abort();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
    expect(await settled(duringIdle)).toBe(false);
  });

  it('stands in a short timer where the browser has no requestIdleCallback', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const waiting = whenIdleAfterLoad(new AbortController().signal);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });
});
