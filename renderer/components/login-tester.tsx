/**
 * The "Test my login" form: username, password (show/hide), .p12 password when needed, then the application key
 * (optional: the test finds the account's keys), ONE question about remembering (username and key together, asked
 * here once, not again after a pass), the guard's countdown, and the result, brought into view with focus on its
 * heading and its next action in view. Enter submits; the passwords are cleared from memory after each test.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { TestLoginRequest } from '../../shared/api.js';
import { formatCountdown } from '../logic/countdown.js';
import { useGuard } from '../hooks/use-guard.js';
import { useReveal } from '../hooks/use-reveal.js';
import { useSavedToggle } from '../hooks/use-saved-toggle.js';
import { callWizard } from '../wizard-api.js';
import { useWizard } from '../wizard-context.js';
import { AppKeyHelp } from './app-key-help.js';
import type { CreateKeysRequest } from './create-app-keys.js';
import { LoginNextSteps } from './login-next-steps.js';
import { LoginResult, type LoginOutcome } from './login-result.js';
import { TestProgressLine } from './test-progress.js';
import { TextField } from './text-field.js';
import { ExternalLinkButton } from './external-link-button.js';
import { resetPasswordAction } from '../logic/reset-password.js';
import { reportSubjectOf } from '../logic/support-facts.js';
import { SupportReport } from './support-report.js';
import { Field } from './field.js';
import { Check } from './check.js';
import { useFooterSlot } from './footer-slot.js';
import { useFieldErrors } from '../hooks/use-field-errors.js';
import { FieldErrorAgain } from './field-error-again.js';
import { text } from '../../shared/i18n/text.js';

interface Props {
  /** Heading level of the result panel. */
  readonly level: 2 | 3;
  /** In the test step: "Go to my dashboard" after a login that works. */
  readonly onDone?: () => void;
}

export function LoginTester({ level, onDone }: Props) {
  const ctx = useWizard();
  const id = useId();
  const { settings } = ctx;
  const needsP12 = settings.certificate?.source.kind === 'p12';
  const [appKey, setAppKey] = useState(settings.appKey ?? '');
  const [username, setUsername] = useState(settings.username ?? '');
  const [password, setPassword] = useState('');
  const [p12Password, setP12Password] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<LoginOutcome | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const guard = useGuard();
  const waiting = guard.secondsLeft > 0;
  // After wrong passwords in a row the next test is a deliberate one: "I have checked it, test again".
  const needsCheck = guard.reason === 'password-check';
  const resetAction = needsCheck ? resetPasswordAction(settings.jurisdiction) : null;
  const resultRef = useReveal(outcome);
  // Every answer that is not "works" offers a support report of what it found.
  const reportSubject = useMemo(() => (outcome ? reportSubjectOf(outcome, new Date()) : null), [outcome]);
  const passwordRef = useRef<HTMLInputElement>(null);
  // An empty username, password or .p12 password: said at that field, which takes the focus.
  const fields = useFieldErrors<'username' | 'password' | 'p12'>();
  // In the test step the button sits in the footer beside Next, always in view (it still submits this form).
  const footerSlot = useFooterSlot();

  /**
   * One test login; the password has already been taken out of the form. A new test clears the last answer; creating
   * keys keeps it on screen (with its "Creating your keys…" button) until the new answer replaces it.
   */
  async function run(request: TestLoginRequest): Promise<void> {
    setBusy(true);
    if (request.createAppKeysName === undefined) setOutcome(null);
    const result = await callWizard((api) => api.testLogin(request));
    // The settings learn of this test (the last test, remembered key and username) before its answer is shown, so
    // a Next pressed as soon as the answer appears already knows the login was tested.
    await ctx.reload();
    setBusy(false);
    if (result.ok) {
      setOutcome({
        kind: 'report',
        report: result.value,
        tested: { appKey: request.appKey, username: request.username },
      });
    } else {
      guard.fromError(result.error);
      setOutcome({ kind: 'error', error: result.error });
    }
    await guard.refresh();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (waiting) {
      // Enter in a field while the button waits: say why nothing is sent.
      if (guard.reason) setMissing(text.ui.test.waitReason[guard.reason]);
      return;
    }
    setMissing(null);
    if (!username.trim()) return fields.fail('username', text.ui.test.missingUsername);
    if (!password) return fields.fail('password', text.ui.test.missingPassword);
    if (needsP12 && !p12Password) return fields.fail('p12', text.ui.test.missingP12);
    fields.clear();
    const request = {
      appKey: appKey.trim(),
      username: username.trim(),
      password,
      ...(needsP12 ? { p12Password } : {}),
      ...(needsCheck ? { passwordChecked: true } : {}),
    };
    setPassword('');
    setP12Password('');
    await run(request);
  }

  /** "Create my application keys": a new test login (the password typed again) that creates them. */
  function createKeys(username: string, create: CreateKeysRequest): void {
    if (busy || waiting) return;
    void run({
      appKey: '',
      username,
      password: create.password,
      ...(create.p12Password !== undefined ? { p12Password: create.p12Password } : {}),
      createAppKeysName: create.appName,
      ...(needsCheck ? { passwordChecked: true } : {}),
    });
  }

  /** "Use this key": into the form (and remembered when remembering is on); the password is what is left to type. */
  async function useKey(key: string): Promise<boolean> {
    setAppKey(key);
    let remembered = false;
    if (remembering) {
      const result = await ctx.save({ appKey: key });
      remembered = result.ok;
      if (!result.ok) setSaveError(result.error.message);
    }
    passwordRef.current?.focus();
    return remembered;
  }

  /**
   * One answer for both: the settings keep their two flags (older settings files, the core's save after a test), and
   * this box sets both. A settings file from before, with only one of them on, shows the box ticked (something is
   * remembered); the next change of the box makes the two agree.
   */
  async function remember(on: boolean): Promise<boolean> {
    setSaveError(null);
    const result = await ctx.save({
      rememberAppKey: on,
      appKey: on && appKey.trim() ? appKey.trim() : null,
      rememberUsername: on,
      username: on && username.trim() ? username.trim() : null,
    });
    if (!result.ok) setSaveError(result.error.message);
    return result.ok;
  }
  const [remembering, setRemembering] = useSavedToggle(settings.rememberAppKey || settings.rememberUsername, remember);

  const countdown = formatCountdown(guard.secondsLeft);
  const buttonText = busy
    ? text.ui.test.testing
    : needsCheck
      ? waiting
        ? text.ui.test.checkedWaitButton(countdown)
        : text.ui.test.checkedButton
      : waiting
        ? text.ui.test.waitButton(countdown)
        : text.ui.test.button;
  // Why the button waits, beside it (in view with it); a polite live region, said when the reason changes, not on
  // every tick of the countdown (which is in the button).
  const reasonLine = (
    <p className="guard-reason" id={`${id}-wait`} aria-live="polite">
      {guard.reason ? text.ui.test.waitReason[guard.reason] : ''}
    </p>
  );

  const submitButton = (
    <button
      type="submit"
      form={`${id}-form`}
      className="primary"
      disabled={waiting}
      aria-disabled={busy || undefined}
      aria-busy={busy}
      aria-describedby={guard.reason ? `${id}-wait` : undefined}
    >
      {buttonText}
    </button>
  );
  // Which checks are still running, beside the button (in the footer, always in view) while a test runs.
  const progressLine = (
    <div role="status" className="test-progress-region">
      <TestProgressLine busy={busy} />
    </div>
  );

  const action = (
    <div className="guard-beside">
      {reasonLine}
      {progressLine}
      {submitButton}
    </div>
  );

  return (
    <>
      {footerSlot ? createPortal(action, footerSlot) : null}
      <form id={`${id}-form`} className="login-form" onSubmit={(e) => void submit(e)} aria-busy={busy} noValidate>
        <TextField
          label={text.ui.test.username}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          error={fields.errorOf('username')}
          inputRef={fields.refOf('username')}
        />
        <Field label={text.ui.test.password} hint={text.ui.test.passwordNeverStored} error={fields.errorOf('password')}>
          {(control) => (
            <div className="with-button">
              <input
                {...control}
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                ref={(el) => {
                  passwordRef.current = el;
                  fields.refOf('password')(el);
                }}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <button type="button" aria-pressed={showPassword} onClick={() => setShowPassword((v) => !v)}>
                {text.ui.test.showPassword}
              </button>
            </div>
          )}
        </Field>
        {needsP12 ? (
          <TextField
            label={text.ui.test.p12Password}
            type="password"
            value={p12Password}
            onChange={setP12Password}
            error={fields.errorOf('p12')}
            inputRef={fields.refOf('p12')}
          />
        ) : null}
        <TextField label={text.ui.test.appKey} value={appKey} onChange={setAppKey} hint={text.ui.test.appKeyHint}>
          <div className="help-line">
            <AppKeyHelp />
          </div>
        </TextField>
        <Check label={text.ui.test.remember} checked={remembering} onChange={setRemembering} />
        {saveError ? (
          <p className="field-error" role="alert">
            {saveError}
          </p>
        ) : null}
        {guard.reason === 'password-check' ? (
          <div className="panel panel-warning">
            <p>{text.ui.test.passwordCheck}</p>
            {resetAction ? <ExternalLinkButton action={resetAction} /> : null}
          </div>
        ) : guard.reason !== null ? (
          <p className="panel panel-warning">
            {guard.reason === 'banned' ? text.ui.test.banned : text.ui.test.rateLimited}
          </p>
        ) : null}
        {missing ? (
          <p className="field-error" role="alert">
            {missing}
          </p>
        ) : null}
        <FieldErrorAgain again={fields.again} />
        {footerSlot ? null : action}
      </form>
      <div className="result-region" ref={resultRef}>
        {/* One announcement per answer (issue 31): the answer's panel is its one live region (an alert for a
            failure, a status otherwise), not nested in another, and the focus moves to its heading. */}
        {outcome ? <LoginResult outcome={outcome} level={level} /> : null}
        {outcome?.kind === 'report' ? (
          <LoginNextSteps
            outcome={outcome}
            level={level}
            busy={busy}
            needsP12={needsP12}
            onUseKey={useKey}
            onCreateKeys={(create) => createKeys(outcome.tested.username, create)}
            {...(onDone ? { onDone } : {})}
          />
        ) : null}
        {reportSubject ? <SupportReport subject={reportSubject} /> : null}
      </div>
    </>
  );
}
