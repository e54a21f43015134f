import React from 'react';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import DocumentMeta from '@site/src/components/DocumentMeta';
import {setPluginData} from '../component/stubs/useGlobalData';

describe('DocumentMeta', () => {
  it('renders a labelled description list of the template metadata', () => {
    render(
      <DocumentMeta
        frontMatter={{template_id: 'x', version: '2.0.0', status: 'utgått', owner: 'Difi', last_reviewed: '2026-03-01'}}
      />,
    );
    const list = screen.getByLabelText('Om dokumentet');
    expect(list.tagName).toBe('DL');
    expect(screen.getByText('Versjon').nextElementSibling).toHaveTextContent('2.0.0');
    expect(screen.getByText('Status').nextElementSibling).toHaveTextContent(
      'Utgått – skal ikke brukes i nye anskaffelser',
    );
    expect(screen.getByText('Sist gjennomgått').nextElementSibling).toHaveTextContent('1. mars 2026');
  });

  it('offers a template’s Word download with its size, print and change history', () => {
    setPluginData('template-downloads', {sizes: {mandat: 24_210}});
    render(
      <DocumentMeta
        frontMatter={{
          template_id: 'mandat',
          version: '1.0.0',
          status: 'gjeldende',
          owner: 'Difi',
          last_reviewed: '2026-11-24',
        }}
      />,
    );
    expect(screen.getByRole('link', {name: 'Last ned som Word (24 kB)'})).toHaveAttribute('href', '/maler/mandat.docx');
    expect(screen.getByRole('button', {name: 'Skriv ut malen'})).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'Versjonshistorikk og tidligere versjoner'})).toHaveAttribute(
      'href',
      '#versjonshistorikk',
    );
  });

  it('puts the template’s name, version, status and date in the printed page header', () => {
    render(
      <DocumentMeta
        frontMatter={{
          title: 'Mandat «beste praksis»',
          template_id: 'mandat',
          version: '1.2.0',
          status: 'utkast',
          last_reviewed: '2026-11-24',
        }}
      />,
    );
    expect(screen.getByTestId('head').querySelector('style')?.textContent).toBe(
      '@page { @top-left { content: "Mandat «beste praksis» · versjon 1.2.0 · utkast – kan endres · 24. november 2026"; } }',
    );
  });

  it('leaves the size out when the Word file is not known', () => {
    setPluginData('template-downloads', {sizes: {}});
    render(
      <DocumentMeta
        frontMatter={{template_id: 'ny', version: '0.1.0', status: 'utkast', last_reviewed: '2026-11-24'}}
      />,
    );
    expect(screen.getByRole('link', {name: 'Last ned som Word'})).toBeInTheDocument();
  });

  it('gives a guide no download or print actions', () => {
    render(<DocumentMeta frontMatter={{category: 'ikt', owner: 'Difi', last_reviewed: '2026-11-24'}} />);
    expect(screen.queryByRole('link', {name: /Word/})).toBeNull();
  });

  it('renders nothing for a page without metadata', () => {
    const {container} = render(<DocumentMeta frontMatter={{title: 'Funn'}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
