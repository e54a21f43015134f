import React, {useEffect, useRef, useState} from 'react';
import {initialOrder, moveItem, type OrderingQuestion as Ordering} from '@site/src/lib/quiz';
import type {QuestionProps} from './types';
import styles from './styles.module.css';

/**
 * Ordering by keyboard: each item has «Flytt opp» and «Flytt ned» buttons; the
 * new position is announced, and focus follows the moved item. No dragging.
 * Left untouched, the order shown is the answer (see withStartingOrders).
 */
export default function OrderingQuestion(props: QuestionProps<Ordering>): React.ReactElement {
  const {question, answer, onChange, locked, reveal, seed, name} = props;
  const order =
    Array.isArray(answer) && answer.length === question.items.length
      ? (answer as string[])
      : initialOrder(question, seed);
  const text = (id: string) => question.items.find((i) => i.id === id)?.text ?? id;
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusTarget) listRef.current?.querySelector<HTMLButtonElement>(`[data-focus="${focusTarget}"]`)?.focus();
  }, [focusTarget, answer]);

  const move = (index: number, step: -1 | 1) => {
    const next = moveItem(order, index, step);
    const id = order[index]!;
    onChange(next);
    const position = next.indexOf(id) + 1;
    setAnnouncement(`«${text(id)}» er nå nummer ${position} av ${next.length}.`);
    // Keep focus on the same button, or on the other one when the item reached an end.
    const direction = step === -1 ? (position === 1 ? 'ned' : 'opp') : position === next.length ? 'opp' : 'ned';
    setFocusTarget(`${id}-${direction}`);
  };

  return (
    <>
      <ol className={styles.ordering} ref={listRef}>
        {order.map((id, index) => (
          <li key={id} className={styles.orderItem}>
            <span className={styles.orderText}>{text(id)}</span>
            <span className={styles.orderButtons}>
              <button
                type="button"
                className="button button--sm button--secondary"
                data-focus={`${id}-opp`}
                aria-label={`Flytt «${text(id)}» opp`}
                disabled={locked || index === 0}
                onClick={() => move(index, -1)}
              >
                ↑ Opp
              </button>
              <button
                type="button"
                className="button button--sm button--secondary"
                data-focus={`${id}-ned`}
                aria-label={`Flytt «${text(id)}» ned`}
                disabled={locked || index === order.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓ Ned
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite" id={`${name}-${question.id}-announce`}>
        {announcement}
      </p>
      {reveal && (
        <div className={styles.reveal}>
          <p>Riktig rekkefølge:</p>
          <ol>
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}
