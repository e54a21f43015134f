import React from 'react';
import {act, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import TechChecklist from '@site/src/components/TechChecklist';
import {TOOLS} from '@site/src/data/technology';
import {checklistKind} from '@site/src/lib/techChecklist';
import {serializeStored, setAsideKey, storedNotice} from '@site/src/lib/versionedStorage';

const kind = checklistKind(TOOLS);
const [first, second] = TOOLS;
const box = (name: string) => screen.getByRole('checkbox', {name});

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('a tool kept in the browser (the technology checklist)', () => {
  it('saves a tick and shows it again on the next visit', async () => {
    const {unmount} = render(<TechChecklist />);
    await userEvent.click(box(first!.name));
    expect(JSON.parse(localStorage.getItem(kind.key)!)).toEqual({have: [first!.id], version: kind.version});
    unmount();
    render(<TechChecklist />);
    expect(box(first!.name)).toBeChecked();
  });

  it('follows a change made in another tab', () => {
    render(<TechChecklist />);
    expect(box(second!.name)).not.toBeChecked();
    act(() => {
      localStorage.setItem(kind.key, serializeStored(kind, {have: [second!.id]}));
      window.dispatchEvent(new StorageEvent('storage', {key: kind.key}));
    });
    expect(box(second!.name)).toBeChecked();
  });

  it('reads again when shown after another tab wrote while it was not on screen', () => {
    const {unmount} = render(<TechChecklist />);
    unmount();
    localStorage.setItem(kind.key, serializeStored(kind, {have: [first!.id]}));
    render(<TechChecklist />);
    expect(box(first!.name)).toBeChecked();
  });

  it('never writes over answers saved by a newer version of the portal', async () => {
    const newer = JSON.stringify({version: kind.version + 1, have: [first!.id], nytt: true});
    localStorage.setItem(kind.key, newer);
    render(<TechChecklist />);
    expect(screen.getByRole('status')).toHaveTextContent(storedNotice(kind, 'newer-version')!);
    await userEvent.click(box(second!.name));
    expect(box(second!.name)).toBeChecked();
    expect(localStorage.getItem(kind.key)).toBe(newer);
  });

  it('offers to start afresh over newer data, keeping that data as a copy', async () => {
    const newer = JSON.stringify({version: kind.version + 1, have: [first!.id]});
    localStorage.setItem(kind.key, newer);
    render(<TechChecklist />);
    await userEvent.click(screen.getByRole('button', {name: 'Begynn på nytt her'}));
    expect(localStorage.getItem(setAsideKey(kind.key))).toBe(newer);
    expect(JSON.parse(localStorage.getItem(kind.key)!)).toEqual({have: [], version: kind.version});
    await userEvent.click(box(second!.name));
    expect(JSON.parse(localStorage.getItem(kind.key)!).have).toEqual([second!.id]);
    expect(screen.queryByRole('button', {name: 'Begynn på nytt her'})).not.toBeInTheDocument();
  });

  it('adds a tick to what another tab stored, even if this tab never heard of it', async () => {
    render(<TechChecklist />);
    // Written by another tab whose storage event this tab missed.
    localStorage.setItem(kind.key, serializeStored(kind, {have: [second!.id]}));
    await userEvent.click(box(first!.name));
    expect(JSON.parse(localStorage.getItem(kind.key)!).have).toEqual([second!.id, first!.id]);
    expect(box(second!.name)).toBeChecked();
  });

  it('writes nothing just by being opened, even over broken data', () => {
    localStorage.setItem(kind.key, '{ødelagt');
    render(<TechChecklist />);
    expect(screen.getByRole('status')).toHaveTextContent(storedNotice(kind, 'unreadable')!);
    expect(Object.keys(localStorage)).toEqual([kind.key]);
  });

  it('keeps working and says so when the browser refuses to store', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Kvoten er full', 'QuotaExceededError');
    });
    render(<TechChecklist />);
    await userEvent.click(box(first!.name));
    expect(box(first!.name)).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(storedNotice(kind, 'storage-blocked')!);
  });

  it('lets the reader hide a notice', async () => {
    localStorage.setItem(kind.key, '{ødelagt');
    render(<TechChecklist />);
    expect(screen.getByRole('status')).toHaveTextContent(storedNotice(kind, 'unreadable')!);
    await userEvent.click(screen.getByRole('button', {name: 'Skjul melding'}));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
