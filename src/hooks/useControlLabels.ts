import {useEffect, type RefObject} from 'react';

/**
 * The local search plugin hard-codes `aria-label="Search"` on its inputs and
 * leaves its context selector unlabelled, with no option or translation key
 * for either. This sets Norwegian labels on the controls matching each
 * selector inside `container` after every render.
 */
export function useControlLabels(
  container: RefObject<HTMLElement | null>,
  labels: Readonly<Record<string, string>>,
): void {
  useEffect(() => {
    for (const [selector, label] of Object.entries(labels)) {
      container.current?.querySelectorAll(selector).forEach((control) => control.setAttribute('aria-label', label));
    }
  });
}
