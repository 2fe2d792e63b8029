/** A labelled text or password input with an optional hint under it (the hint is its description) and extras. */
import type { ReactNode, Ref } from 'react';
import { Field } from './field.js';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password';
  readonly autoComplete?: string;
  readonly hint?: string;
  /** Shown under the hint, e.g. a help link. */
  readonly children?: ReactNode;
  /** What is wrong with the value (marks the field, and is its description). */
  readonly error?: string | null;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  autoComplete = 'off',
  hint,
  children,
  error,
  inputRef,
}: Props) {
  return (
    <Field label={label} hint={hint} error={error} after={children}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          type={type}
          autoComplete={autoComplete}
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
