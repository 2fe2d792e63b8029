/**
 * The answer to one test login, in words: a login that works (headline, tone and what to do from the one verdict,
 * shared/verdict.ts: "Your bot login works" only when the bot can log in and bet), a failure as an alert with what it means, what to do and the catalogue's
 * action link, or a test that could not be done. What the user can do next (keys, create keys, remember,
 * dashboard) is in LoginNextSteps, outside the live region.
 */
import { createdKeysSentence, keysNotCreatedWords } from '../../shared/app-key-catalogue.js';
import type { AppKeysCreation } from '../../shared/app-key-types.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';
import { judgeReport } from '../../shared/verdict.js';
import { verdictWords } from '../../shared/verdict-words.js';
import { TONE_CLASSES } from '../logic/next-steps.js';
import { errorWords, keyCheckWords, statusWords } from '../logic/report-words.js';
import { useLanguageAt } from '../hooks/use-language-at.js';
import { useLanguage } from '../language-context.js';
import { ExternalLinkButton } from './external-link-button.js';
import { BotChecks } from './bot-checks.js';
import { text } from '../../shared/i18n/text.js';
import { shortFingerprint } from '../../shared/renewal.js';
import { useWizard } from '../wizard-context.js';

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

function CreationWords({ creation }: { readonly creation: AppKeysCreation }) {
  if (creation.created) return <p className="panel-title">{createdKeysSentence(creation.appName)}</p>;
  const words = keysNotCreatedWords(creation);
  return (
    <div className="panel panel-error">
      <p className="panel-title">{words.title}</p>
      <p>{words.explanation}</p>
      <p>{words.whatToDo}</p>
    </div>
  );
}

/**
 * A login that works. The headline, its tone and what to do are the one verdict's (shared/verdict.ts): "Your bot
 * login works" only when the bot can log in and bet. Under it the key check's own explanation, worded from its
 * codes (its title is not repeated: the headline says it).
 */
function LoginWorks({
  report,
  tested,
  level,
}: {
  readonly report: LoginReport;
  readonly tested: TestedWith;
  readonly level: 2 | 3;
}) {
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const verdict = judgeReport(report, tested.appKey);
  const words = verdictWords(verdict, report.jurisdiction);
  const check = keyCheckWords(report);
  const explanation = check ? check.explanation : statusWords(report).meaning;
  // Right after a renewal the bot's files are out of date: never "the same certificate files" then.
  const renewed = useWizard().settings.renewalDone;
  const botNext = renewed ? text.RENEWAL_TEXT.afterTest(renewed.botFilesDir) : null;
  return (
    <div
      role={verdict.tone === 'bad' ? 'alert' : 'status'}
      className={`panel ${TONE_CLASSES[verdict.tone]} result`}
      data-verdict={verdict.outcome}
    >
      <Title tabIndex={-1}>{words.title}</Title>
      {report.appKeysCreation ? <CreationWords creation={report.appKeysCreation} /> : null}
      <p>{explanation}</p>
      <Sub>{text.ui.test.whatToDo}</Sub>
      {botNext ? <p className="renewal-after">{botNext}</p> : null}
      {botNext && verdict.outcome === 'works' ? null : <p>{words.whatToDo}</p>}
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
        <LoginWorks report={report} tested={outcome.tested} level={level} />
        {/* The stream and keep-alive checks follow a key that passed its check; until then the key is the next
            action, and it must stay in view right under the answer (the dashboard's rows keep what was found). */}
        {report.appKeyCheck?.status === 'valid' ? (
          <BotChecks
            report={report}
            appKey={outcome.tested.appKey}
            username={outcome.tested.username}
            level={level === 2 ? 3 : 4}
          />
        ) : null}
      </>
    );
  return <LoginRefused report={report} level={level} />;
}

/** A refused login; for "certificate not recognised", which certificate was tested (its name and fingerprint). */
function LoginRefused({ report, level }: { readonly report: LoginReport; readonly level: 2 | 3 }) {
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const { settings } = useWizard();
  const explanation = statusWords(report);
  const tested = settings.renewal?.uploaded ? settings.renewal : settings.certificate;
  return (
    <div role="alert" className="panel panel-error result">
      <Title tabIndex={-1}>{explanation.title}</Title>
      <Sub>{text.ui.test.whatItMeans}</Sub>
      <p>{explanation.meaning}</p>
      {report.loginStatus === 'CERT_AUTH_REQUIRED' && tested ? (
        <p>
          {text.RENEWAL_TEXT.testedCertificate(tested.commonName ?? '', shortFingerprint(tested.fingerprintSha256))}
        </p>
      ) : null}
      <Sub>{text.ui.test.whatToDo}</Sub>
      <p>{explanation.whatToDo}</p>
      {explanation.action ? <ExternalLinkButton action={explanation.action} /> : null}
      {report.testEndpoint ? <p className="hint">{text.ui.test.testEndpointUsed}</p> : null}
    </div>
  );
}
