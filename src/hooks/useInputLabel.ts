import {useEffect, type RefObject} from 'react';

/**
 * The local search plugin hard-codes `aria-label="Search"` on its inputs and
 * offers no option or translation key for it. This sets the Norwegian label
 * on every input inside `container` once the component has rendered.
 */
export function useInputLabel(container: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    container.current?.querySelectorAll('input').forEach((input) => input.setAttribute('aria-label', label));
  });
}
