/**
 * A modal question (role="alertdialog"). The safe answer (keep things as they are: Cancel, or a named way such as
 * "Test my login first") is the primary button and has the focus, so Enter or a hasty click never does the risky
 * thing; the risky answer is the plain (or red, `danger`) button beside it. Escape takes the safe answer.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly title: string;
  readonly text: string;
  /** The risky answer (e.g. "Go on without testing", "Replace"). */
  readonly confirmLabel: string;
  /** The safe answer; "Cancel" unless a clearer name is given. */
  readonly cancelLabel?: string;
  /** The risky answer loses something (forgets settings): drawn red. */
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmDialog({
  title,
  text: body,
  confirmLabel,
  cancelLabel = text.ui.common.cancel,
  danger = false,
  onConfirm,
  onCancel,
}: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  // Layout effect: the cleanup runs while the dialog is still in the page, so focus goes back
  // to the button that opened it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The safe answer has the focus, but a short window (400% zoom) shows the dialog from its title (issue 31).
    cancelRef.current?.focus({ preventScroll: true });
    dialog.scrollTop = 0;
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className="dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={textId}>{body}</p>
      <div className="dialog-buttons">
        <button type="button" className={danger ? 'danger' : undefined} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="primary" ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
