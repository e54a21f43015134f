import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import ProcessOverview from '@site/src/components/ProcessOverview';
import {PHASES} from '@site/src/data/process';

describe('ProcessOverview', () => {
  it('lists the eight phases in order, each a link to its template', () => {
    render(<ProcessOverview />);
    const list = screen.getByRole('list');
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(PHASES.map((p, i) => `Fase ${i + 1} ${p.name}`));
    expect(links.map((l) => l.getAttribute('href'))).toEqual(PHASES.map((p) => p.route));
    expect(list.tagName).toBe('OL');
  });

  it('says in text that the process starts again after evaluation', () => {
    render(<ProcessOverview />);
    const caption = screen.getByRole('figure');
    expect(caption).toHaveTextContent(/evalueringen tas med i neste runde/);
    expect(within(caption).getByRole('link', {name: PHASES[0]!.name.toLowerCase()})).toHaveAttribute(
      'href',
      PHASES[0]!.route,
    );
  });
});
