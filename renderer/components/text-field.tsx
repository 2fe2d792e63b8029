/** A labelled text or password input with an optional hint under it (the hint is its description) and extras. */
import type { ReactNode } from 'react';
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
}

export function TextField({ label, value, onChange, type = 'text', autoComplete = 'off', hint, children }: Props) {
  return (
    <Field label={label} hint={hint} after={children}>
      {(control) => (
        <input
          {...control}
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
