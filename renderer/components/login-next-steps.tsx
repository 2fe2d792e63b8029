/**
 * What a user can do after a login that works (the headline is the verdict's, in LoginResult). When the key is worth
 * keeping (valid or not checked): "Go to my dashboard", then the account's keys. Otherwise the keys to pick from (or
 * the form that creates them) come first. (Remembering is asked once, in the form, not again here.) The action the
 * answer asks for carries data-answer-action: revealing the answer brings it into view too (hooks/use-reveal.ts).
 */
import { keyWorthKeeping, needsKeys } from '../logic/next-steps.js';
import { AppKeyList } from './app-key-list.js';
import { CreateAppKeys, type CreateKeysRequest } from './create-app-keys.js';
import type { LoginOutcome } from './login-result.js';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly outcome: Extract<LoginOutcome, { kind: 'report' }>;
  readonly level: 2 | 3;
  readonly busy: boolean;
  readonly needsP12: boolean;
  readonly onUseKey: (applicationKey: string) => Promise<boolean>;
  readonly onCreateKeys: (request: CreateKeysRequest) => void;
  /** Only in the test step: "Go to my dashboard". */
  readonly onDone?: () => void;
}

export function LoginNextSteps({ outcome, level, busy, needsP12, onUseKey, onCreateKeys, onDone }: Props) {
  const { report, tested } = outcome;
  if (!report.success) return null;
  const sub = level === 2 ? 3 : 4;
  const passing = keyWorthKeeping(report);
  const keys = report.appKeys ?? [];
  const keyList = keys.length > 0 ? <AppKeyList keys={keys} onUse={onUseKey} level={sub} /> : null;
  return (
    <div className="result-next">
      {passing ? null : keyList}
      {needsKeys(report) ? (
        <CreateAppKeys username={tested.username} needsP12={needsP12} busy={busy} onCreate={onCreateKeys} level={sub} />
      ) : null}
      {onDone ? (
        <div className="button-row">
          <button
            type="button"
            className={passing ? 'primary' : undefined}
            onClick={onDone}
            {...(passing ? { 'data-answer-action': '' } : {})}
          >
            {text.ui.appKeys.goToDashboard}
          </button>
        </div>
      ) : null}
      {passing ? keyList : null}
    </div>
  );
}
