import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import SurveyChart from '@site/src/components/SurveyChart';

describe('SurveyChart', () => {
  it('is a captioned figure whose SVG drawing is hidden from screen readers, who get the table', () => {
    const {container} = render(<SurveyChart id="svakheter" />);
    const figure = screen.getByRole('figure', {name: 'Svakheter ved innkjøpssamarbeid'});
    const drawing = container.querySelector('[data-chart="svakheter"]')!;
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    expect(figure).toContainElement(drawing as HTMLElement);
    expect(drawing.querySelectorAll('svg')).toHaveLength(4);
    expect(drawing.querySelectorAll('rect')).toHaveLength(5);
  });

  it('writes each bar’s value and group as text, so colour carries no meaning alone', () => {
    const {container} = render(<SurveyChart id="svakheter" />);
    const drawing = container.querySelector('[data-chart="svakheter"]')!;
    const texts = Array.from(drawing.querySelectorAll('text, p'), (t) => t.textContent);
    expect(texts).toContain('Statlig sektor');
    expect(texts).toContain('29\u00a0%');
    expect(texts).toContain('Manglende forståelse for virksomhetens behov');
  });

  it('carries the same numbers in a table, with "Ikke oppgitt" where the report is silent', () => {
    render(<SurveyChart id="svakheter" />);
    const table = screen.getByRole('table', {name: 'Tabell: Svakheter ved innkjøpssamarbeid'});
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Svar', 'Kommunal sektor', 'Statlig sektor']);
    const row = within(table).getByRole('row', {name: /Svak forankring/});
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['37\u00a0%', 'Ikke oppgitt']);
  });

  it('names N, the source with a link, and what the report leaves out', () => {
    render(<SurveyChart id="kategorier" />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('N = 131.');
    expect(within(figure).getByRole('link', {name: 'Kartleggingen 2018, figur 10'})).toHaveAttribute(
      'href',
      '/handbok/funn/kilder/#kategorier',
    );
    expect(figure).toHaveTextContent('Rapportteksten oppgir ikke tall for de seks andre kategoriene');
  });
});
