import React from 'react';
import {fireEvent, render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import SuitabilityCheck from '@site/src/components/SuitabilityCheck';

function answer(question: string, option: string) {
  const group = screen.getByRole('group', {name: question});
  fireEvent.click(within(group).getByRole('radio', {name: option}));
}

describe('SuitabilityCheck', () => {
  it('renders every question as a fieldset of native radio buttons', () => {
    render(<SuitabilityCheck category="ikt" />);
    expect(
      screen.getByRole('heading', {name: /Passer dette for samarbeid\? Sjekk en anskaffelse innen ikt/}),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('group')).toHaveLength(5);
    expect(screen.getAllByRole('radio')).toHaveLength(15);
  });

  it('gives a reasoned recommendation once every question is answered', () => {
    render(<SuitabilityCheck category="kontor-og-administrasjon" />);
    answer('Hvor like er behovene og kravene hos medlemmene?', 'Stort sett like');
    answer('Hvor finnes leverandørene?', 'Nasjonalt marked');
    answer('Hvor stort er volumet hos dere alene?', 'Lite');
    answer('Hvor viktig er lokal fleksibilitet?', 'Svært viktig');
    answer('Har dere selv kompetanse til å gjennomføre konkurransen?', 'Nei');
    fireEvent.click(screen.getByRole('button', {name: 'Vis anbefaling'}));
    expect(screen.getByText('Anbefaling:').closest('p')).toHaveTextContent(
      'Anbefaling: Kjøp sammen, med lokale tilpasninger',
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByText(/sjeldnere leveranser fra sentrale lagre/).closest('li')).toHaveTextContent(/^Taler mot:/);
  });

  it('marks unanswered questions with a message at the field and keeps the answers given', () => {
    render(<SuitabilityCheck category="reise" />);
    answer('Hvor finnes leverandørene?', 'Lokale leverandører');
    fireEvent.click(screen.getByRole('button', {name: 'Vis anbefaling'}));
    expect(screen.getAllByText('Velg et svar på dette spørsmålet.')).toHaveLength(4);
    expect(
      screen.getByRole('group', {name: 'Hvor like er behovene og kravene hos medlemmene?'}),
    ).toHaveAccessibleDescription('Velg et svar på dette spørsmålet.');
    expect(screen.getByRole('radio', {name: 'Lokale leverandører'})).toBeChecked();
    expect(screen.getByText(/Svar på alle spørsmålene for å få en anbefaling/)).toBeInTheDocument();
  });

  it('starts over on reset', () => {
    render(<SuitabilityCheck category="eiendom" />);
    answer('Hvor finnes leverandørene?', 'Regionalt marked');
    fireEvent.click(screen.getByRole('button', {name: 'Begynn på nytt'}));
    expect(screen.getByRole('radio', {name: 'Regionalt marked'})).not.toBeChecked();
  });
});
