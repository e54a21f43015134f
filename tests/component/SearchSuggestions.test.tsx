import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import SearchSuggestions from '@site/src/components/SearchSuggestions';

describe('SearchSuggestions', () => {
  it('says nothing was found and links the nearest terms and the page that explains each, as a status', () => {
    render(<SearchSuggestions query="terskelvedri" />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Fant ingen sider for «terskelvedri».');
    const items = within(status).getAllByRole('listitem');
    const first = within(items[0]!).getAllByRole('link');
    expect(first[0]).toHaveAttribute('href', '/handbok/begreper/#terskelverdi');
    expect(first[1]).toHaveAttribute('href', '/handbok/regelverk/verdi-og-terskelverdier/');
  });

  it('points to the glossary when no term is near', () => {
    render(<SearchSuggestions query="xylofon" />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('link', {name: 'begrepslista'})).toHaveAttribute('href', '/handbok/begreper/');
  });
});
