import React from 'react';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import DocumentMeta from '@site/src/components/DocumentMeta';

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
    expect(screen.getByText('Status').nextElementSibling).toHaveTextContent('Utgått – skal ikke brukes i nye anskaffelser');
    expect(screen.getByText('Sist gjennomgått').nextElementSibling).toHaveTextContent('1. mars 2026');
  });

  it('renders nothing for a page without metadata', () => {
    const {container} = render(<DocumentMeta frontMatter={{title: 'Funn'}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
