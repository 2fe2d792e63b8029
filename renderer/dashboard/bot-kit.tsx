/**
 * "Set up my bot", the dashboard's own action: a button always in view that opens the form (which framework, the
 * username and key that go into the samples, for .NET and Java a password for the key file typed twice), then the
 * kit's folder, its files and the README's three steps in the app's language, in view and focused, with "Show in
 * folder". The kit is written next to the certificate by the app (writeBotKit); no secret stays here.
 */
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { kitFileWords, kitSteps } from '../../shared/kit-steps.js';
import {
  BOT_FRAMEWORKS,
  BOT_FRAMEWORK_NAMES,
  KIT_PASSWORD_MIN_LENGTH,
  kitPasswordProblem,
  needsKitPassword,
  type BotFramework,
  type BotKit,
} from '../../shared/bot-kit.js';
import type { AppError } from '../../shared/result.js';
import { text } from '../../shared/i18n/text.js';
import { Check } from '../components/check.js';
import { useFooterEndSlot } from '../components/footer-slot.js';
import { ErrorMessage } from '../components/error-message.js';
import { RevealedHeading } from '../components/revealed-heading.js';
import { TextField } from '../components/text-field.js';
import { useFieldErrors } from '../hooks/use-field-errors.js';
import { FieldErrorAgain } from '../components/field-error-again.js';
import { callWizard } from '../wizard-api.js';
import { useWizard } from '../wizard-context.js';
import { OutdatedKits } from './outdated-kits.js';

const KEY_FILE: Readonly<Record<BotFramework, string>> = {
  betfairlightweight: '',
  flumine: '',
  dotnet: '.pfx',
  java: '.p12',
  node: '',
};

function BotKitForm() {
  const { settings } = useWizard();
  const [framework, setFramework] = useState<BotFramework>('betfairlightweight');
  const [username, setUsername] = useState(settings.username ?? '');
  const [appKey, setAppKey] = useState(settings.appKey ?? '');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [show, setShow] = useState(false);
  const [p12Password, setP12Password] = useState('');
  const [busy, setBusy] = useState(false);
  const [kit, setKit] = useState<BotKit | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const t = text.KIT_UI_TEXT;
  const withPassword = needsKitPassword(framework);
  const p12 = settings.certificate?.source.kind === 'p12';

  // What is wrong before anything is written is said at its field, which takes the focus.
  const fields = useFieldErrors<'username' | 'password' | 'again'>();

  /** The first wrong field and what is wrong with it, or null. */
  function localProblem(): { field: 'username' | 'password' | 'again'; message: string } | null {
    if (!username.trim()) return { field: 'username', message: text.ui.test.missingUsername };
    if (!withPassword) return null;
    const problem = kitPasswordProblem(framework, password);
    if (problem === 'KIT_PASSWORD_NEEDED') return { field: 'password', message: t.passwordNeeded(KEY_FILE[framework]) };
    if (problem === 'KIT_PASSWORD_TOO_SHORT')
      return { field: 'password', message: text.KIT_ERROR_TEXT.kitPasswordShort(KIT_PASSWORD_MIN_LENGTH) };
    if (problem === 'KIT_PASSWORD_NOT_ASCII')
      return { field: 'password', message: text.KIT_ERROR_TEXT.kitPasswordAscii };
    if (password !== again) return { field: 'again', message: t.passwordsDiffer };
    return null;
  }

  async function write(): Promise<void> {
    if (busy) return;
    setError(null);
    setKit(null);
    const problem = localProblem();
    if (problem) return fields.fail(problem.field, problem.message);
    fields.clear();
    setBusy(true);
    const result = await callWizard((api) =>
      api.writeBotKit({
        framework,
        username: username.trim(),
        appKey: appKey.trim(),
        ...(withPassword ? { kitPassword: password } : {}),
        ...(p12 && p12Password ? { p12Password } : {}),
      }),
    );
    setBusy(false);
    if (result.ok) {
      setPassword('');
      setAgain('');
      setP12Password('');
      setKit(result.value);
    } else setError(result.error);
  }

  async function showFolder(dir: string): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.showInFolder({ path: dir }));
    if (!result.ok) setError(result.error);
  }

  const type = show ? 'text' : 'password';
  return (
    <div className="bot-kit" aria-busy={busy}>
      <p>{t.intro}</p>
      <fieldset className="choices bot-kit-frameworks">
        <legend>{t.frameworkLegend}</legend>
        {BOT_FRAMEWORKS.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="bot-framework"
              value={id}
              checked={framework === id}
              onChange={() => setFramework(id)}
            />
            <span translate="no">{BOT_FRAMEWORK_NAMES[id]}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t.username}
        value={username}
        onChange={setUsername}
        autoComplete="username"
        error={fields.errorOf('username')}
        inputRef={fields.refOf('username')}
      />
      <TextField label={t.appKey} value={appKey} onChange={setAppKey} />
      {withPassword ? (
        <>
          <TextField
            type={type}
            label={t.kitPassword(KEY_FILE[framework])}
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            hint={t.kitPasswordHint}
            error={fields.errorOf('password')}
            inputRef={fields.refOf('password')}
          />
          <TextField
            type={type}
            label={t.kitPasswordAgain}
            value={again}
            onChange={setAgain}
            autoComplete="new-password"
            error={fields.errorOf('again')}
            inputRef={fields.refOf('again')}
          />
          <Check label={t.showPasswords} checked={show} onChange={setShow} />
        </>
      ) : null}
      {p12 ? <TextField type="password" label={t.p12Password} value={p12Password} onChange={setP12Password} /> : null}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void write()} aria-disabled={busy || undefined}>
          {busy ? t.writing : t.write}
        </button>
      </div>
      <FieldErrorAgain again={fields.again} />
      {error ? <ErrorMessage error={error} /> : null}
      {kit ? (
        <section className="panel panel-success" aria-labelledby="bot-kit-done">
          <RevealedHeading level={3} id="bot-kit-done" reveal>
            {t.written(kit.dir)}
          </RevealedHeading>
          <ul className="file-roles" aria-label={t.filesLabel}>
            {kit.files.map((f) => (
              <li key={f.name}>
                <code>{f.name}</code> <span>{kitFileWords(f.role)}</span>
              </li>
            ))}
          </ul>
          <h4>{text.KIT_README_TEXT.stepsHeading}</h4>
          <ol className="kit-steps">
            {kitSteps(kit.framework, folderName(kit.dir)).map((step) => (
              <li key={step}>{step.replace(/^\d+\.\s*/, '')}</li>
            ))}
          </ol>
          <p>{t.readmeRest}</p>
          <p>{t.privateKeyNote}</p>
          {kit.includesOneFileCli ? null : <p className="hint">{t.noCli}</p>}
          <button type="button" onClick={() => void showFolder(kit.dir)}>
            {t.showFolder}
          </button>
        </section>
      ) : null}
    </div>
  );
}

/** The last part of a folder path, whether it uses / or \\. */
function folderName(dir: string): string {
  return dir.split(/[\\/]/).filter(Boolean).pop() ?? dir;
}

/**
 * The dashboard's "Set up my bot" button, at the end of the footer (in view at any window size without making the
 * folded dashboard taller; in the page when there is no footer) and, once pressed, the form in its own card at the
 * top of the dashboard. The form is made only once it is opened (the dashboard's other fields keep their labels to
 * themselves until then).
 */
export function BotKitAction() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const slot = useFooterEndSlot();
  const button = (
    <button type="button" className="primary" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
      {text.KIT_UI_TEXT.heading}
    </button>
  );
  return (
    <>
      {slot ? createPortal(button, slot) : <div className="button-row bot-kit-action">{button}</div>}
      {open ? (
        <section className="card bot-kit-card" id={id} aria-labelledby={`${id}-heading`}>
          <RevealedHeading level={2} id={`${id}-heading`} reveal>
            {text.KIT_UI_TEXT.heading}
          </RevealedHeading>
          <OutdatedKits />
          <BotKitForm />
        </section>
      ) : null}
    </>
  );
}
