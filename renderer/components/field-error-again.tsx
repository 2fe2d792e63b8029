/**
 * A field's error said once more, when a press fails again with the focus already in that field (use-field-errors.ts):
 * a new alert for each press (keyed by the press), unseen, since the error already shows under the field.
 */
interface Props {
  readonly again: { readonly message: string; readonly attempt: number } | null;
}

export function FieldErrorAgain({ again }: Props) {
  return again ? (
    <p key={again.attempt} role="alert" className="visually-hidden">
      {again.message}
    </p>
  ) : null;
}
