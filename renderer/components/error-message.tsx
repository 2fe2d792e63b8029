/** An AppError as the user reads it: optional title, the message, and what to do. */
import { useEffect, useRef } from 'react';
import type { AppError } from '../../shared/result.js';

interface Props {
  readonly error: AppError;
}

export function ErrorMessage({ error }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // The answer to something the user did: bring it into view (the alert role reads it out).
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  return (
    <div ref={ref} role="alert" className="panel panel-error">
      {error.title ? <p className="panel-title">{error.title}</p> : null}
      <p>{error.message}</p>
      {error.whatToDo ? <p>{error.whatToDo}</p> : null}
    </div>
  );
}
