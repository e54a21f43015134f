import React from 'react';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import CodeBlock from '@site/src/theme/CodeBlock';

describe('CodeBlock', () => {
  it('shows the code as written, in a block a keyboard can scroll', () => {
    const {container} = render(
      <CodeBlock className="language-yaml">{'template_id: avviksrapport\nversion: 1.0.0'}</CodeBlock>,
    );
    const pre = container.querySelector('pre')!;
    expect(pre).toHaveAttribute('tabindex', '0');
    expect(pre.querySelector('code')).toHaveClass('language-yaml');
    expect(pre.textContent).toBe('template_id: avviksrapport\nversion: 1.0.0');
  });

  it('names the block with its title', () => {
    render(<CodeBlock title="Forside av malen">{'title: Avviksrapport'}</CodeBlock>);
    const caption = screen.getByText('Forside av malen');
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption.closest('figure')).toContainElement(screen.getByText('title: Avviksrapport'));
  });
});
