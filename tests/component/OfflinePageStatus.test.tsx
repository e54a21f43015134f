import React from 'react';
import {act, render, screen, waitFor} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import OfflinePageStatusView from '@site/src/components/OfflinePageStatus/View';
import {useOfflineStatus} from '@site/src/hooks/useOfflineStatus';
import {OFFLINE_CACHES} from '@site/src/serviceWorker/cacheNames';

type FakeCache = {match: ReturnType<typeof vi.fn>; add: ReturnType<typeof vi.fn>; addAll: ReturnType<typeof vi.fn>};

function fakeCache(): FakeCache {
  return {match: vi.fn(async () => undefined), add: vi.fn(async () => undefined), addAll: vi.fn(async () => undefined)};
}

/** A service worker container whose worker has not taken over the page; set `controller` and fire `controllerchange` to hand over. */
function serviceWorkerNotYetInControl(): EventTarget & {controller: object | null} {
  const serviceWorker = Object.assign(new EventTarget(), {controller: null as object | null});
  Object.defineProperty(navigator, 'serviceWorker', {configurable: true, value: serviceWorker});
  return serviceWorker;
}

function StatusProbe({pathname}: {pathname: string}) {
  return <output>{useOfflineStatus(pathname, '/')}</output>;
}

describe('useOfflineStatus', () => {
  let cachesByName: Record<string, FakeCache>;

  beforeEach(() => {
    cachesByName = {[OFFLINE_CACHES.pages]: fakeCache(), [OFFLINE_CACHES.assets]: fakeCache()};
    vi.stubGlobal('caches', {open: vi.fn(async (name: string) => cachesByName[name])});
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: {controller: {}, addEventListener: vi.fn()},
    });
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      {name: `${location.origin}/assets/js/main.abc.js`},
      {name: `${location.origin}/search-index-kurs.json`},
    ] as PerformanceEntry[]);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'serviceWorker');
    vi.spyOn(navigator, 'onLine', 'get').mockRestore();
  });

  it('saves the page and the files it loaded, then reports it is ready offline', async () => {
    render(<StatusProbe pathname="/kurs/innkjopssamarbeid/organisering/" />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('saved'));
    expect(cachesByName[OFFLINE_CACHES.pages]!.add).toHaveBeenCalledWith('/kurs/innkjopssamarbeid/organisering/');
    expect(cachesByName[OFFLINE_CACHES.assets]!.addAll).toHaveBeenCalledWith(['/assets/js/main.abc.js']);
  });

  it('says the reader is offline when the network goes, and saves again when it returns', async () => {
    render(<StatusProbe pathname="/veiledere/reise/" />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('saved'));
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByRole('status')).toHaveTextContent('offline');
    onLine.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    // Saved again in an idle moment; until then the line still says what was true before the network went.
    await waitFor(() => expect(cachesByName[OFFLINE_CACHES.pages]!.add).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('status')).toHaveTextContent('saved');
  });

  it('never shows the previous page as ready while the next one is still being saved', async () => {
    const {rerender} = render(<StatusProbe pathname="/veiledere/" />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('saved'));
    let finishSaving = () => {};
    cachesByName[OFFLINE_CACHES.pages]!.add.mockImplementation(
      () => new Promise<void>((resolve) => (finishSaving = resolve)),
    );
    rerender(<StatusProbe pathname="/veiledere/reise/" />);
    expect(screen.getByRole('status')).toHaveTextContent('saving');
    await waitFor(() => expect(cachesByName[OFFLINE_CACHES.pages]!.add).toHaveBeenCalledWith('/veiledere/reise/'));
    expect(screen.getByRole('status')).toHaveTextContent('saving');
    await act(async () => finishSaving());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('saved'));
  });

  it('reports that nothing can be kept when the browser refuses storage', async () => {
    cachesByName[OFFLINE_CACHES.pages]!.add.mockRejectedValue(new DOMException('Kvoten er full', 'QuotaExceededError'));
    render(<StatusProbe pathname="/veiledere/ikt/" />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('unavailable'));
  });

  it('waits without a message until a service worker controls the page, then saves it', async () => {
    const serviceWorker = serviceWorkerNotYetInControl();
    render(<StatusProbe pathname="/veiledere/ikt/" />);
    await act(async () => {});
    expect(screen.getByRole('status')).toHaveTextContent('saving');
    expect(cachesByName[OFFLINE_CACHES.pages]!.add).not.toHaveBeenCalled();

    serviceWorker.controller = {};
    act(() => void serviceWorker.dispatchEvent(new Event('controllerchange')));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('saved'));
    expect(cachesByName[OFFLINE_CACHES.pages]!.add).toHaveBeenCalledWith('/veiledere/ikt/');
  });

  it('saves a page once when both its status lines ask', async () => {
    render(
      <>
        <StatusProbe pathname="/veiledere/reise/" />
        <StatusProbe pathname="/veiledere/reise/" />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['saved', 'saved']));
    expect(cachesByName[OFFLINE_CACHES.pages]!.add).toHaveBeenCalledTimes(1);
  });

  it('stops waiting for a service worker when the reader leaves the page', async () => {
    const serviceWorker = serviceWorkerNotYetInControl();
    const {unmount} = render(<StatusProbe pathname="/veiledere/ikt/" />);
    await act(async () => {});
    unmount();

    serviceWorker.controller = {};
    serviceWorker.dispatchEvent(new Event('controllerchange'));
    await act(async () => {});
    expect(cachesByName[OFFLINE_CACHES.pages]!.add).not.toHaveBeenCalled();
  });
});

describe('OfflinePageStatusView', () => {
  it('tells the reader in Norwegian that the page is kept, or that they are offline', () => {
    const {rerender} = render(<OfflinePageStatusView status="saved" />);
    expect(screen.getByText(/Klar for bruk uten nett/)).toBeInTheDocument();
    rerender(<OfflinePageStatusView status="offline" />);
    expect(screen.getByText(/Du er uten nett/)).toBeInTheDocument();
  });

  it('under the title, says briefly that the page is saved and otherwise only that the network is gone', () => {
    const {container, rerender} = render(<OfflinePageStatusView status="saved" compact />);
    expect(container).toHaveTextContent(/^✓Lagret for bruk uten nett$/);
    rerender(<OfflinePageStatusView status="offline" compact />);
    expect(container).toHaveTextContent(/^Ingen nettforbindelse$/);
    rerender(<OfflinePageStatusView status="unavailable" compact />);
    expect(container).toHaveTextContent(/^$/);
  });

  it('keeps its line empty while saving, so nothing moves when the text arrives', () => {
    const {container} = render(<OfflinePageStatusView status="saving" />);
    expect(container.querySelector('[data-offline-status="saving"]')).toHaveTextContent('');
  });
});
