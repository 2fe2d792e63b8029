/** An AppError as the user reads it: optional title, the message, and what to do. */
import type { AppError } from '../../shared/result.js';

interface Props {
  readonly error: AppError;
}

export function ErrorMessage({ error }: Props) {
  return (
    <div role="alert" className="panel panel-error">
      {error.title ? <p className="panel-title">{error.title}</p> : null}
      <p>{error.message}</p>
      {error.whatToDo ? <p>{error.whatToDo}</p> : null}
    </div>
  );
}
