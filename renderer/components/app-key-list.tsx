/**
 * The account's application keys after a test: app name, the key (copyable), delayed or live, active or not, and
 * "Use this key". A delayed key carries a gentle warning that a bot cannot bet with it.
 */
import { useId, useState } from 'react';
import type { AppKeySummary } from '../../shared/app-key-types.js';
import { useCopy } from '../hooks/use-copy.js';
import { text } from '../../shared/i18n/text.js';
import { serverText } from '../logic/server-text.js';

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
  const kind = appKey.delayed ? text.ui.appKeys.delayed : text.ui.appKeys.live;
  const state = appKey.active ? text.KEY_LABELS.active : text.KEY_LABELS.inactive;
  // Each key's buttons have names of their own: the visible words first, then which key ("Use this key – Delayed key
  // …1234"; the kind tells apart the two keys of one app, the key's end two apps).
  const which = `${kind} \u2026${appKey.applicationKey.slice(-4)}`;

  async function use(): Promise<void> {
    setUsed((await onUse(appKey.applicationKey)) ? 'remembered' : 'filled');
  }

  return (
    <li className="app-key">
      <p className="app-key-kind">{text.ui.appKeys.kindAndState(kind, state)}</p>
      <dl className="facts">
        <dt>{text.ui.appKeys.appName}</dt>
        <dd translate="no">{serverText(appKey.appName)}</dd>
        <dt>{text.ui.appKeys.key}</dt>
        <dd translate="no">
          <code className="breakable">{serverText(appKey.applicationKey)}</code>
        </dd>
      </dl>
      {appKey.delayed ? <p className="panel panel-warning">{text.KEY_KINDS_TEXT.delayed}</p> : null}
      <div className="button-row">
        <button type="button" onClick={() => void use()} aria-label={`${text.ui.appKeys.useKey} \u2013 ${which}`}>
          {text.ui.appKeys.useKey}
        </button>
        <button type="button" onClick={() => void copy()} aria-label={`${text.ui.appKeys.copyKey} \u2013 ${which}`}>
          {text.ui.appKeys.copyKey}
        </button>
        <span role="status" className="copy-status">
          {copyState === 'copied'
            ? text.ui.dashboard.copied
            : copyState === 'failed'
              ? text.ui.dashboard.copyFailed
              : ''}
        </span>
      </div>
      <p role="status" className="hint">
        {used === 'filled'
          ? text.ui.appKeys.keyFilled
          : used === 'remembered'
            ? text.ui.appKeys.keyFilledRemembered
            : ''}
      </p>
    </li>
  );
}

export function AppKeyList({ keys, onUse, level }: Props) {
  const id = useId();
  const Title = level === 3 ? 'h3' : 'h4';
  return (
    <section className="app-keys" aria-labelledby={id}>
      <Title id={id}>{text.ui.appKeys.listHeading}</Title>
      <p>{text.ui.appKeys.listIntro}</p>
      <ul className="app-key-list">
        {keys.map((k) => (
          <AppKeyItem key={k.applicationKey} appKey={k} onUse={onUse} />
        ))}
      </ul>
    </section>
  );
}
