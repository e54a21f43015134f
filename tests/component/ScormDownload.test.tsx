import React from 'react';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {formatFileSize} from '@site/src/lib/format';
import {LEARNING_PLATFORM_GUIDE_ROUTE} from '@site/src/data/routes';

// The hook keeps the index for the visit, so each test loads the component afresh.
async function renderDownload(answer: () => Promise<Response>) {
  vi.resetModules();
  vi.stubGlobal('fetch', vi.fn(answer));
  const {default: ScormDownload} = await import('@site/src/components/ScormDownload');
  render(<ScormDownload courseId="innkjopssamarbeid" />);
}

const label = /Last ned for læringsplattform \(SCORM 1\.2\)/;

describe('ScormDownload', () => {
  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
  });
  // Unmounted first: leaving cancels the idle wait, with the stubs still in place.
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('offers the course’s package with its size from the build’s index, and the guide', async () => {
    await renderDownload(async () => Response.json({innkjopssamarbeid: {bytes: 141_687, files: 8}}));
    const link = await screen.findByRole('link', {name: new RegExp(`\\(${formatFileSize(141_687)}\\)`)});
    expect(link).toHaveAttribute('href', '/scorm/innkjopssamarbeid.zip');
    expect(link).toHaveAttribute('download');
    expect(fetch).toHaveBeenCalledWith('/scorm/pakker.json');
    expect(screen.getByRole('link', {name: /Slik legger dere kurset inn/})).toHaveAttribute(
      'href',
      LEARNING_PLATFORM_GUIDE_ROUTE,
    );
  });

  it.each([
    ['the index cannot be fetched', () => Promise.reject(new TypeError('offline'))],
    ['the index is missing', async () => new Response('ikke funnet', {status: 404})],
    ['the index is not what the build writes', async () => Response.json({innkjopssamarbeid: {bytes: 'stor'}})],
  ])('still offers the package, without a size, when %s', async (_, answer) => {
    await renderDownload(answer);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('link', {name: label}).textContent).toBe(' Last ned for læringsplattform (SCORM 1.2)');
  });
});
