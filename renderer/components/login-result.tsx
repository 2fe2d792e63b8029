/**
 * The answer to one test login: success as a status, anything else as an alert, each with what it
 * means, what to do, and the catalogue's action link as a button.
 */
import { useState } from 'react';
import type { LoginReport, StatusAction } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';
import { ui } from '../../shared/i18n/en/ui.js';
import { callWizard } from '../wizard-api.js';

export type LoginOutcome = { readonly kind: 'report'; readonly report: LoginReport } | { readonly kind: 'error'; readonly error: AppError };

interface Props {
  readonly outcome: LoginOutcome;
  /** 2 in the test step, 3 inside a dashboard section. */
  readonly level: 2 | 3;
}

function ActionButton({ action }: { readonly action: StatusAction }) {
  const [error, setError] = useState<string | null>(null);
  async function open(): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.openExternalLink({ url: action.url }));
    if (!result.ok) setError(result.error.message);
  }
  return (
    <>
      <button type="button" onClick={() => void open()}>
        {action.label}
      </button>
      {error ? <p className="field-error">{error}</p> : null}
    </>
  );
}

export function LoginResult({ outcome, level }: Props) {
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';

  if (outcome.kind === 'error') {
    const { error } = outcome;
    return (
      <div role="alert" className="panel panel-error result">
        <Title>{error.title ?? ui.test.faultTitle}</Title>
        <Sub>{ui.test.whatItMeans}</Sub>
        <p>{error.message}</p>
        {error.whatToDo ? (
          <>
            <Sub>{ui.test.whatToDo}</Sub>
            <p>{error.whatToDo}</p>
          </>
        ) : null}
      </div>
    );
  }

  const { report } = outcome;
  const { explanation } = report;
  if (report.success) {
    return (
      <div role="status" className="panel panel-success result">
        <Title>{ui.test.successTitle}</Title>
        <p>{explanation.meaning}</p>
        {report.loggedOut === true ? <p>{ui.test.loggedOut}</p> : null}
        {report.loggedOut === false ? <p>{ui.test.logoutFailed}</p> : null}
        {explanation.whatToDo ? (
          <>
            <Sub>{ui.test.whatToDo}</Sub>
            <p>{explanation.whatToDo}</p>
          </>
        ) : null}
        {report.testEndpoint ? <p className="hint">{ui.test.testEndpointUsed}</p> : null}
      </div>
    );
  }
  return (
    <div role="alert" className="panel panel-error result">
      <Title>{explanation.title}</Title>
      <Sub>{ui.test.whatItMeans}</Sub>
      <p>{explanation.meaning}</p>
      <Sub>{ui.test.whatToDo}</Sub>
      <p>{explanation.whatToDo}</p>
      {explanation.action ? <ActionButton action={explanation.action} /> : null}
      {report.testEndpoint ? <p className="hint">{ui.test.testEndpointUsed}</p> : null}
    </div>
  );
}
