/**
 * The account's application keys after a test: app name, the key (copyable), delayed or live, active or not, and
 * "Use this key". A delayed key carries a gentle warning that a bot cannot bet with it.
 */
import { useId, useState } from 'react';
import type { AppKeySummary } from '../../shared/app-key-types.js';
import { KEY_KINDS_TEXT, KEY_LABELS } from '../../shared/i18n/en/app-keys.js';
import { ui } from '../../shared/i18n/en/ui.js';
import { useCopy } from '../hooks/use-copy.js';

interface Props {
  readonly keys: readonly AppKeySummary[];
  /** Puts the key in the form (and remembers it when remembering is on); resolves true when it was remembered. */
  readonly onUse: (applicationKey: string) => Promise<boolean>;
  /** Heading level of the list's heading. */
  readonly level: 3 | 4;
}

function AppKeyItem({ appKey, onUse }: { readonly appKey: AppKeySummary; readonly onUse: Props['onUse'] }) {
  const [copyState, copy] = useCopy(appKey.applicationKey);
  const [used, setUsed] = useState<'no' | 'filled' | 'remembered'>('no');
  const kind = appKey.delayed ? ui.appKeys.delayed : ui.appKeys.live;
  const state = appKey.active ? KEY_LABELS.active : KEY_LABELS.inactive;

  async function use(): Promise<void> {
    setUsed((await onUse(appKey.applicationKey)) ? 'remembered' : 'filled');
  }

  return (
    <li className="app-key">
      <p className="app-key-kind">{ui.appKeys.kindAndState(kind, state)}</p>
      <dl className="facts">
        <dt>{ui.appKeys.appName}</dt>
        <dd>{appKey.appName}</dd>
        <dt>{ui.appKeys.key}</dt>
        <dd>
          <code className="breakable">{appKey.applicationKey}</code>
        </dd>
      </dl>
      {appKey.delayed ? <p className="panel panel-warning">{KEY_KINDS_TEXT.delayed}</p> : null}
      <div className="button-row">
        <button type="button" onClick={() => void use()}>
          {ui.appKeys.useKey}
        </button>
        <button type="button" onClick={() => void copy()}>
          {ui.appKeys.copyKey}
        </button>
        <span role="status" className="copy-status">
          {copyState === 'copied' ? ui.dashboard.copied : copyState === 'failed' ? ui.dashboard.copyFailed : ''}
        </span>
      </div>
      <p role="status" className="hint">
        {used === 'filled' ? ui.appKeys.keyFilled : used === 'remembered' ? ui.appKeys.keyFilledRemembered : ''}
      </p>
    </li>
  );
}

export function AppKeyList({ keys, onUse, level }: Props) {
  const id = useId();
  const Title = level === 3 ? 'h3' : 'h4';
  return (
    <section className="app-keys" aria-labelledby={id}>
      <Title id={id}>{ui.appKeys.listHeading}</Title>
      <p>{ui.appKeys.listIntro}</p>
      <ul className="app-key-list">
        {keys.map((k) => (
          <AppKeyItem key={k.applicationKey} appKey={k} onUse={onUse} />
        ))}
      </ul>
    </section>
  );
}
