/**
 * Errors at their fields (issue 31), one way for every form: a press that finds a wrong field marks that field
 * (aria-invalid, the error as its description, through Field's `error`), and moves the focus to it, so a screen reader
 * reads the field with its error. A press that fails again says it again: when the focus is already in that field
 * (Enter pressed there) moving it says nothing, so the error is then said once through `again` (FieldErrorAgain).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

interface Failure<F extends string> {
  readonly field: F;
  readonly message: string;
  /** Counts the presses that failed: each one is said. */
  readonly attempt: number;
  /** The focus was already in the field: its error is said through the `again` alert. */
  readonly sayAgain: boolean;
}

export interface FieldErrors<F extends string> {
  /** The error to show at this field, or null. */
  readonly errorOf: (field: F) => string | null;
  /** The ref of the field's control, for the focus. */
  readonly refOf: (field: F) => (el: HTMLElement | null) => void;
  /** The first wrong field of this press and what is wrong with it. */
  readonly fail: (field: F, message: string) => void;
  /** Clears the error (the field was changed, or the press went through). */
  readonly clear: () => void;
  /** What FieldErrorAgain says, or null. */
  readonly again: { readonly message: string; readonly attempt: number } | null;
}

export function useFieldErrors<F extends string>(): FieldErrors<F> {
  const [failure, setFailure] = useState<Failure<F> | null>(null);
  const controls = useRef(new Map<F, HTMLElement>());
  const refSetters = useRef(new Map<F, (el: HTMLElement | null) => void>());

  const refOf = useCallback((field: F) => {
    let setter = refSetters.current.get(field);
    if (!setter) {
      setter = (el) => {
        if (el) controls.current.set(field, el);
        else controls.current.delete(field);
      };
      refSetters.current.set(field, setter);
    }
    return setter;
  }, []);

  const fail = useCallback((field: F, message: string) => {
    const control = controls.current.get(field);
    const sayAgain = control !== undefined && control === document.activeElement;
    setFailure((prev) => ({ field, message, attempt: (prev?.attempt ?? 0) + 1, sayAgain }));
  }, []);

  // The focus moves after the error is drawn, so the field is read with its error as its description.
  useEffect(() => {
    if (failure && !failure.sayAgain) controls.current.get(failure.field)?.focus();
  }, [failure]);

  return {
    errorOf: (field) => (failure?.field === field ? failure.message : null),
    refOf,
    fail,
    clear: useCallback(() => setFailure(null), []),
    again: failure?.sayAgain ? { message: failure.message, attempt: failure.attempt } : null,
  };
}
