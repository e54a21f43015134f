import React from 'react';
import {render, screen} from '@testing-library/react';
import {MemoryRouter} from 'react-router-dom';
import {describe, expect, it, vi} from 'vitest';
import {COOPERATIONS} from '@site/src/data/cooperations';
import {COUNTIES} from '@site/src/data/counties';
import CooperationDirectory from '@site/src/components/CooperationDirectory';

// Every rendered item asks which of its named members match the query, so the calls count item renders.
const itemRenders = vi.hoisted(() => ({count: 0}));
vi.mock('@site/src/lib/cooperationFilter', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@site/src/lib/cooperationFilter')>();
  return {
    ...actual,
    matchedMembers: (...args: Parameters<typeof actual.matchedMembers>) => {
      itemRenders.count++;
      return actual.matchedMembers(...args);
    },
  };
});

const directory = (search = '') => (
  <MemoryRouter initialEntries={[`/samarbeid/${search}`]}>
    <CooperationDirectory cooperations={COOPERATIONS} counties={COUNTIES} />
  </MemoryRouter>
);

describe('CooperationDirectory', () => {
  it('lists every cooperation when the address has no filter', () => {
    render(directory());
    expect(screen.getByRole('status')).toHaveTextContent(`Viser ${COOPERATIONS.length} av ${COOPERATIONS.length}`);
    expect(screen.getAllByRole('listitem')).toHaveLength(COOPERATIONS.length);
  });

  it('does not render the unchanged items again when the directory renders again, as it does after hydration', () => {
    const {rerender} = render(directory());
    const first = itemRenders.count;
    expect(first).toBeGreaterThanOrEqual(COOPERATIONS.length);
    rerender(directory());
    expect(itemRenders.count).toBe(first);
  });

  it('applies the filter in the address', () => {
    render(directory('?sektor=statlig'));
    const shown = COOPERATIONS.filter((c) => c.sector === 'statlig').length;
    expect(screen.getByRole('status')).toHaveTextContent(`Viser ${shown} av ${COOPERATIONS.length}`);
  });
});
