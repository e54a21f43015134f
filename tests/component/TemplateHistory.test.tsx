import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import TemplateHistory from '@site/src/components/TemplateHistory';

const approvedBy = 'Difi, seksjon for offentlige anskaffelser';

describe('TemplateHistory', () => {
  it('shows a template’s versions as a table in a named region, newest first', () => {
    render(
      <TemplateHistory
        frontMatter={{
          template_id: 'mandat',
          version: '1.1.0',
          history: [
            {version: '1.0.0', date: '2026-11-24', changes: 'Første versjon.', approved_by: approvedBy},
            {version: '1.1.0', date: '2026-12-01', changes: 'Nytt avsnitt om finansiering.', approved_by: approvedBy},
          ],
        }}
      />,
    );
    expect(screen.getByRole('heading', {level: 2, name: 'Versjonshistorikk'})).toHaveAttribute(
      'id',
      'versjonshistorikk',
    );
    const table = within(screen.getByRole('region', {name: 'Tabell: Versjonshistorikk'})).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'VersjonDatoHva er endretGodkjent av',
      `1.1.01. desember 2026Nytt avsnitt om finansiering.${approvedBy}`,
      `1.0.024. november 2026Første versjon.${approvedBy}`,
    ]);
    expect(screen.getByRole('link', {name: 'Alle nyheter om malen'})).toHaveAttribute('href', '/nyheter/tags/mandat/');
  });

  it('renders nothing on a page that is not a template', () => {
    const {container} = render(<TemplateHistory frontMatter={{title: 'Funn', last_reviewed: '2026-11-24'}} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('TemplateHistory with earlier versions', () => {
  it('links the Word file of each earlier version and the comparison of versions', () => {
    const entry = (version: string, date: string) => ({version, date, changes: 'Endret.', approved_by: approvedBy});
    render(
      <TemplateHistory
        frontMatter={{
          template_id: 'mandat',
          version: '1.1.0',
          history: [entry('1.0.0', '2026-11-24'), entry('1.0.1', '2026-11-25'), entry('1.1.0', '2026-12-01')],
        }}
      />,
    );
    const links = screen.getAllByRole('link', {name: /som Word/}).map((l) => [l.textContent, l.getAttribute('href')]);
    expect(links).toEqual([
      ['Versjon 1.0.1 som Word (.docx)', '/maler/mandat/1.0.1.docx'],
      ['Versjon 1.0.0 som Word (.docx)', '/maler/mandat/1.0.0.docx'],
    ]);
    expect(screen.getByRole('link', {name: 'Hva er endret mellom versjonene'})).toHaveAttribute(
      'href',
      '/maler/mandat/endringer/',
    );
  });
});
