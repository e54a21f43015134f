/** Resolves when the browser is idle (or after two seconds where it cannot say), so start-up work waits for the page. */
export const whenIdle = (): Promise<void> =>
  new Promise((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 2000),
  );
