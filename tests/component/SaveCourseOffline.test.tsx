import React from 'react';
import {render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import SaveCourseOfflineView from '@site/src/components/SaveCourseOffline/View';
import {getCourse} from '@site/src/data/courses';
import {OFFLINE_CACHES} from '@site/src/serviceWorker/cacheNames';

const COURSE = getCourse('innkjopssamarbeid');
const cache = () => ({
  match: vi.fn(async (_path: string) => undefined),
  add: vi.fn(async (_path: string) => undefined),
  addAll: vi.fn(),
});

describe('SaveCourseOfflineView', () => {
  let cachesByName: Record<string, ReturnType<typeof cache>>;
  let preload: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    cachesByName = {[OFFLINE_CACHES.pages]: cache(), [OFFLINE_CACHES.assets]: cache()};
    vi.stubGlobal('caches', {open: vi.fn(async (name: string) => cachesByName[name])});
    Object.defineProperty(navigator, 'serviceWorker', {configurable: true, value: {controller: {}}});
    preload = vi.fn(async () => []);
    vi.stubGlobal('docusaurus', {preload});
    // jsdom records no resource timing at all.
    Object.defineProperty(performance, 'setResourceTimingBufferSize', {configurable: true, value: vi.fn()});
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      {name: `${location.origin}/assets/js/lesson.abc.js`},
    ] as PerformanceEntry[]);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'serviceWorker');
    Reflect.deleteProperty(performance, 'setResourceTimingBufferSize');
  });

  const saveButton = () => screen.getByRole('button', {name: 'Lagre hele kurset for bruk uten nett'});

  it('saves every lesson with its files, shows the progress and says when the course is saved', async () => {
    let finishFirst = () => {};
    preload.mockImplementationOnce(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    render(<SaveCourseOfflineView courseId={COURSE.id} baseUrl="/" />);
    await userEvent.click(saveButton());

    const progress = await screen.findByRole('progressbar', {name: `Lagrer leksjon 1 av ${COURSE.lessons.length} …`});
    expect(progress).toHaveAttribute('value', '0');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    finishFirst();

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        `Kurset er lagret. Alle ${COURSE.lessons.length} leksjonene kan nå åpnes uten nett.`,
      ),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    const lessonRoutes = COURSE.lessons.map((lesson) => lesson.route);
    expect(preload.mock.calls.map(([path]) => path)).toEqual(lessonRoutes);
    expect(cachesByName[OFFLINE_CACHES.pages]!.add.mock.calls.map(([path]) => path)).toEqual(lessonRoutes);
    expect(cachesByName[OFFLINE_CACHES.assets]!.addAll).toHaveBeenCalledWith(['/assets/js/lesson.abc.js']);
  });

  it('says how many lessons were saved when some could not be fetched', async () => {
    preload.mockRejectedValueOnce(new Error('Loading chunk failed'));
    render(<SaveCourseOfflineView courseId={COURSE.id} baseUrl="/" />);
    await userEvent.click(saveButton());
    const total = COURSE.lessons.length;
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        `${total - 1} av ${total} leksjoner ble lagret, 1 kunne ikke hentes.`,
      ),
    );
    // A lesson whose files failed is not kept: found in the cache, it would open without them.
    expect(cachesByName[OFFLINE_CACHES.pages]!.add).not.toHaveBeenCalledWith(COURSE.lessons[0]!.route);
  });

  it('says so where the browser cannot keep pages', async () => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    render(<SaveCourseOfflineView courseId={COURSE.id} baseUrl="/" />);
    await userEvent.click(saveButton());
    expect(screen.getByRole('status')).toHaveTextContent('Denne nettleseren kan ikke lagre sider for bruk uten nett.');
    expect(preload).not.toHaveBeenCalled();
  });
});
