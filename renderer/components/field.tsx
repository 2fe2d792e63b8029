/**
 * One form field: a label, the control (drawn by the caller with the ids it is given), a hint and an
 * error under it. The hint and the error are the control's description (aria-describedby); an error
 * also marks it aria-invalid.
 */
import { useId, type ReactNode } from 'react';

/** Spread onto the control so the label, hint and error point at it. */
export interface FieldControl {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: boolean;
}

interface Props {
  readonly label: string;
  readonly hint?: string;
  /** Shown (and announced with the control) while the value is not acceptable. */
  readonly error?: string | null;
  readonly children: (control: FieldControl) => ReactNode;
  /** Shown under the hint and error, e.g. a help link. */
  readonly after?: ReactNode;
}

export function Field({ label, hint, error, children, after }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // The error first: it is what the user must hear about the field now.
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter((x) => x !== null).join(' ');
  const control: FieldControl = {
    id,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true } : {}),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {after}
    </div>
  );
}
