/**
 * The two checks after the key check, in the test result: may the key stream (Exchange Stream API, with its host)
 * and can the session be kept alive (keepAlive). A check that is fine is one line; one that needs the bettor says
 * what it means and what to do, and for a key not enabled for streaming gives Betfair Developer Support's page and
 * the request to send, with the key and username of this test filled in. The words come from
 * shared/bot-check-catalogue.ts in the language in use; the report keeps codes only.
 */
import { explainKeepAlive, explainStreamCheck, type BotCheckExplanation } from '../../shared/bot-check-catalogue.js';
import type { LoginReport } from '../../shared/login-types.js';
import { text } from '../../shared/i18n/text.js';
import { ExternalLinkButton } from './external-link-button.js';

interface Props {
  readonly report: LoginReport;
  /** The key and username this test used (for the request to Developer Support). */
  readonly appKey: string;
  readonly username: string;
  /** 3 in the test step (under its h2), 4 inside a dashboard section. */
  readonly level: 3 | 4;
}

const TONE_CLASS: Readonly<Record<BotCheckExplanation['tone'], string>> = {
  ok: 'bot-check-ok',
  warn: 'panel panel-warning',
  fail: 'panel panel-warning',
  none: 'bot-check-none',
};

function CheckRow({ label, e, host }: { label: string; e: BotCheckExplanation; host?: string }) {
  const needsWork = e.tone === 'warn' || e.tone === 'fail';
  return (
    <li className={`bot-check ${TONE_CLASS[e.tone]}`} data-check-code={e.code}>
      <p className="panel-title">
        <strong>{label}:</strong> {e.title}
      </p>
      {needsWork ? (
        <>
          <p>{e.meaning}</p>
          <p>{e.whatToDo}</p>
        </>
      ) : null}
      {e.request !== undefined ? (
        <>
          <p className="hint">{text.BOT_CHECKS_UI.requestHeading}</p>
          <pre className="bot-check-request" aria-label={text.BOT_CHECKS_UI.requestHeading}>
            {e.request}
          </pre>
        </>
      ) : null}
      {e.action ? <ExternalLinkButton action={e.action} /> : null}
      {host ? <p className="hint">{text.BOT_CHECKS_UI.host(host)}</p> : null}
    </li>
  );
}

export function BotChecks({ report, appKey, username, level }: Props) {
  if (!report.success) return null;
  const stream = report.streamCheck ?? null;
  const keep = report.keepAliveCheck ?? null;
  if (stream === null && keep === null) return null; // a result stored before these checks existed
  const Heading = level === 3 ? 'h3' : 'h4';
  const ui = text.BOT_CHECKS_UI;
  return (
    <section className="bot-checks" aria-label={ui.heading}>
      <Heading>{ui.heading}</Heading>
      <ul className="bot-check-list">
        {stream ? (
          <CheckRow
            label={ui.stream}
            e={explainStreamCheck(stream, { appKey, username, keyPassed: report.appKeyCheck?.status === 'valid' })}
            host={stream.host}
          />
        ) : null}
        {keep ? <CheckRow label={ui.keepAlive} e={explainKeepAlive(keep)} /> : null}
      </ul>
    </section>
  );
}
