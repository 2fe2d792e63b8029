/**
 * The answer to one test login, in words: a login that works (with what the key check found: "Your bot login
 * works" only when the key is valid), a failure as an alert with what it means, what to do and the catalogue's
 * action link, or a test that could not be done. What the user can do next (keys, create keys, remember,
 * dashboard) is in LoginNextSteps, outside the live region.
 */
import { createdKeysSentence } from '../../shared/app-key-catalogue.js';
import type { AppKeysCreation } from '../../shared/app-key-types.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';
import { keyVerdict, type KeyVerdict } from '../logic/key-verdict.js';
import { errorWords, keyCheckWords, statusWords } from '../logic/report-words.js';
import { useLanguageAt } from '../hooks/use-language-at.js';
import { useLanguage } from '../language-context.js';
import { ExternalLinkButton } from './external-link-button.js';
import { BotChecks } from './bot-checks.js';
import { text } from '../../shared/i18n/text.js';

/** What a test used, kept with its answer (never the password). */
export interface TestedWith {
  readonly appKey: string;
  readonly username: string;
}

export type LoginOutcome =
  | { readonly kind: 'report'; readonly report: LoginReport; readonly tested: TestedWith }
  | { readonly kind: 'error'; readonly error: AppError };

interface Props {
  readonly outcome: LoginOutcome;
  /** 2 in the test step, 3 inside a dashboard section. */
  readonly level: 2 | 3;
}

function headlines(): Readonly<Record<KeyVerdict, string>> {
  return {
    works: text.ui.test.successTitle,
    choose: text.ui.appKeys.headlineChoose,
    create: text.ui.appKeys.headlineCreate,
    fix: text.ui.appKeys.headlineFix,
    'not-checked': text.ui.appKeys.headlineNotChecked,
  };
}

const TONES: Readonly<Record<KeyVerdict, string>> = {
  works: 'panel-success',
  choose: 'panel-warning',
  create: 'panel-warning',
  fix: 'panel-error',
  'not-checked': 'panel-warning',
};

function CreationWords({ creation }: { readonly creation: AppKeysCreation }) {
  if (creation.created) return <p className="panel-title">{createdKeysSentence(creation.appName)}</p>;
  return (
    <div className="panel panel-error">
      <p className="panel-title">{creation.title}</p>
      <p>{creation.explanation}</p>
      <p>{creation.whatToDo}</p>
    </div>
  );
}

/**
 * A login that works. The headline follows the key check (the rule above); under it the check's own explanation and
 * what to do, as the report gives them. The check's title is not repeated: it says what the headline says (the CLI
 * prints it as its headline).
 */
function LoginWorks({ report, level }: { readonly report: LoginReport; readonly level: 2 | 3 }) {
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const verdict = keyVerdict(report);
  const check = keyCheckWords(report);
  const status = statusWords(report);
  const explanation = check ? check.explanation : status.meaning;
  const whatToDo = check ? check.whatToDo : status.whatToDo;
  return (
    <div role={verdict === 'fix' ? 'alert' : 'status'} className={`panel ${TONES[verdict]} result`}>
      <Title tabIndex={-1}>{headlines()[verdict]}</Title>
      {report.appKeysCreation ? <CreationWords creation={report.appKeysCreation} /> : null}
      <p>{explanation}</p>
      {whatToDo ? (
        <>
          <Sub>{text.ui.test.whatToDo}</Sub>
          <p>{whatToDo}</p>
        </>
      ) : null}
      {report.loggedOut === true ? <p>{text.ui.test.loggedOut}</p> : null}
      {report.loggedOut === false ? <p>{text.ui.test.logoutFailed}</p> : null}
      {report.testEndpoint ? <p className="hint">{text.ui.test.testEndpointUsed}</p> : null}
    </div>
  );
}

export function LoginResult({ outcome, level }: Props) {
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const madeIn = useLanguageAt(outcome);
  const { language } = useLanguage();

  if (outcome.kind === 'error') {
    const error = errorWords(outcome.error, madeIn === language);
    return (
      <div role="alert" className="panel panel-error result">
        <Title tabIndex={-1}>{error.title ?? text.ui.test.faultTitle}</Title>
        <Sub>{text.ui.test.whatItMeans}</Sub>
        <p>{error.message}</p>
        {error.whatToDo ? (
          <>
            <Sub>{text.ui.test.whatToDo}</Sub>
            <p>{error.whatToDo}</p>
          </>
        ) : null}
      </div>
    );
  }

  const { report } = outcome;
  if (report.success)
    return (
      <>
        <LoginWorks report={report} level={level} />
        <BotChecks
          report={report}
          appKey={outcome.tested.appKey}
          username={outcome.tested.username}
          level={level === 2 ? 3 : 4}
        />
      </>
    );
  const explanation = statusWords(report);
  return (
    <div role="alert" className="panel panel-error result">
      <Title tabIndex={-1}>{explanation.title}</Title>
      <Sub>{text.ui.test.whatItMeans}</Sub>
      <p>{explanation.meaning}</p>
      <Sub>{text.ui.test.whatToDo}</Sub>
      <p>{explanation.whatToDo}</p>
      {explanation.action ? <ExternalLinkButton action={explanation.action} /> : null}
      {report.testEndpoint ? <p className="hint">{text.ui.test.testEndpointUsed}</p> : null}
    </div>
  );
}
