import React from 'react';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {describe, expect, it} from 'vitest';
import TemplateChanges from '@site/src/components/TemplateChanges';

const template = {
  id: 'mandat',
  versions: [
    {version: '1.0.0', title: 'Mandat', body: '## Formål\n\nSamarbeidet gir bedre avtaler.\n'},
    {version: '1.0.1', title: 'Mandat', body: '## Formål\n\nSamarbeidet gir bedre avtaler.\n'},
    {
      version: '1.1.0',
      title: 'Mandat',
      body: '## Formål\n\nSamarbeidet gir bedre og billigere avtaler.\n\n## Finansiering\n\nEtter innbyggertall.\n',
    },
  ],
};

describe('TemplateChanges', () => {
  it('compares the last two versions inline, headings kept and changes marked in text', () => {
    render(<TemplateChanges template={template} />);
    expect(screen.getByRole('heading', {level: 1, name: 'Hva er endret i «Mandat»'})).toBeInTheDocument();
    expect(screen.getByLabelText('Fra versjon')).toHaveValue('1.0.1');
    expect(screen.getByLabelText('Til versjon')).toHaveValue('1.1.0');
    expect(screen.getByText(/Fra versjon 1\.0\.1 til 1\.1\.0: 3 endrede avsnitt/)).toBeInTheDocument();
    expect(screen.getByRole('heading', {level: 2, name: 'Formål'})).toBeInTheDocument();
    expect(screen.getByRole('heading', {level: 2, name: /Finansiering/})).toHaveTextContent('[lagt til: Finansiering]');
    const insertion = document.querySelector('ins');
    expect(insertion).toHaveTextContent('[lagt til: og billigere');
    expect(screen.getAllByText('Endret:')).toHaveLength(1);
  });

  it('lets the reader pick two other versions with labelled selects in a fieldset', async () => {
    render(<TemplateChanges template={template} />);
    const group = screen.getByRole('group', {name: 'Velg to versjoner å sammenligne'});
    await userEvent.selectOptions(within(group).getByLabelText('Fra versjon'), '1.0.0');
    await userEvent.selectOptions(within(group).getByLabelText('Til versjon'), '1.0.1');
    expect(screen.getByText(/Fra versjon 1\.0\.0 til 1\.0\.1: ingen endringer i teksten/)).toBeInTheDocument();
    await userEvent.selectOptions(within(group).getByLabelText('Til versjon'), '1.0.0');
    expect(screen.getByText('Velg to ulike versjoner.')).toBeInTheDocument();
  });
});
