import React from 'react';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import Guidance from '@site/src/components/Guidance';

describe('Guidance', () => {
  it('is a complementary region named by its visible «Veiledning» label, holding the guidance', () => {
    render(
      <Guidance>
        <p>Intervjuene viser begge sider.</p>
      </Guidance>,
    );
    const box = screen.getByRole('complementary', {name: 'Veiledning – ikke en del av teksten som vedtas'});
    expect(box.tagName).toBe('ASIDE');
    expect(box).toHaveTextContent(/^Veiledning – ikke en del av teksten som vedtasIntervjuene viser begge sider\.$/);
  });
});
