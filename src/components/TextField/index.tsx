import React from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** Room for any amount, count or name the tools take; what they keep in the address or the browser stays small. */
const MAX_LENGTH = 100;

type Props = {
  id: string;
  label: string;
  /** Read with the field, under its label. */
  hint?: string;
  value: string;
  /** The Norwegian message to show under the field and read with it; leave it out while there is nothing to say. */
  error?: string;
  inputMode: 'text' | 'numeric' | 'decimal';
  className?: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
};

/**
 * A labelled text field for the tools' forms. Numbers are typed as text, so «1 234,50» is taken the Norwegian way
 * and a bad value is answered with a message, never turned into NaN by the browser.
 */
export default function TextField({
  id,
  label,
  hint,
  value,
  error,
  inputMode,
  className,
  onChange,
  onBlur,
}: Props): React.ReactElement {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={clsx(styles.field, className)}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        className={styles.textInput}
        inputMode={inputMode}
        autoComplete="off"
        maxLength={MAX_LENGTH}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <span id={`${id}-error`} className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
