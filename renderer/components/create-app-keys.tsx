/**
 * For an account without application keys: a name (prefilled with a suggestion that does not contain the
 * username, editable) and the password once more (it is never kept), side by side where there is room, the button,
 * and under it the two keys explained. Submitting runs a new test login that creates the keys.
 */
import { useId, useState, type FormEvent } from 'react';
import { suggestAppName } from '../../shared/accounts-api.js';
import { checkAppName, explainAppNameProblem } from '../../shared/app-key-catalogue.js';
import { TextField } from './text-field.js';
import { text } from '../../shared/i18n/text.js';

export interface CreateKeysRequest {
  readonly appName: string;
  readonly password: string;
  readonly p12Password?: string;
}

interface Props {
  readonly username: string;
  readonly needsP12: boolean;
  readonly busy: boolean;
  readonly onCreate: (request: CreateKeysRequest) => void;
  readonly level: 3 | 4;
}

export function CreateAppKeys({ username, needsP12, busy, onCreate, level }: Props) {
  const id = useId();
  const Title = level === 3 ? 'h3' : 'h4';
  const [appName, setAppName] = useState(() => suggestAppName(username));
  const [password, setPassword] = useState('');
  const [p12Password, setP12Password] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) return;
    const name = appName.trim();
    const nameProblem = checkAppName(name, username);
    if (nameProblem) {
      const words = explainAppNameProblem(nameProblem);
      return setProblem(`${words.explanation} ${words.whatToDo}`);
    }
    if (!password) return setProblem(text.ui.appKeys.createPasswordMissing);
    if (needsP12 && !p12Password) return setProblem(text.ui.test.missingP12);
    setProblem(null);
    onCreate({ appName: name, password, ...(needsP12 ? { p12Password } : {}) });
    setPassword('');
    setP12Password('');
  }

  return (
    <section className="create-keys" aria-labelledby={`${id}-title`}>
      {/* The answer's headline above says it already: the heading is for screen readers and the region's name. */}
      <Title id={`${id}-title`} className="visually-hidden">
        {text.ui.appKeys.createHeading}
      </Title>
      <form onSubmit={submit} aria-busy={busy} noValidate>
        <div className="create-keys-fields">
          <TextField
            label={text.ui.appKeys.appNameLabel}
            value={appName}
            onChange={setAppName}
            hint={text.ui.appKeys.appNameHint}
          />
          <TextField
            label={text.ui.appKeys.createPassword}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            hint={text.ui.appKeys.createPasswordHint}
          />
          {needsP12 ? (
            <TextField label={text.ui.test.p12Password} type="password" value={p12Password} onChange={setP12Password} />
          ) : null}
        </div>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <button
          type="submit"
          className="primary"
          aria-disabled={busy || undefined}
          aria-busy={busy}
          data-answer-action=""
        >
          {busy ? text.ui.appKeys.creating : text.ui.appKeys.createButton}
        </button>
      </form>
      {/* Under the button, so the form and its button fit the window together with the answer (800x600). */}
      <p className="hint">
        {text.KEY_KINDS_TEXT.delayed} {text.KEY_KINDS_TEXT.live}
      </p>
    </section>
  );
}
