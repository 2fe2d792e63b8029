/**
 * The dashboard's rows of the last test, all from the one verdict (shared/verdict.ts) judged again from what was
 * stored: the headline the test step showed (and when), the application key (app name, delayed or live, active or
 * not, can bet), streaming and keeping the session. Rows of a definition list: one line each, so the page stays
 * inside the window.
 */
import { intlLocale, text } from '../../shared/i18n/text.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';
import type { LastTest } from '../../shared/settings-schema.js';
import { keepAliveRowWords, keyRowWords, streamRowWords } from '../../shared/verdict-words.js';
import { formatDateTime } from '../logic/dates.js';
import { lastTestWords } from '../logic/report-words.js';

interface Props {
  readonly last: LastTest | null;
  readonly jurisdiction: JurisdictionId;
}

export function LastTestRows({ last, jurisdiction }: Props) {
  if (last === null) {
    return (
      <>
        <dt>{text.ui.dashboard.lastTest}</dt>
        <dd>{text.ui.dashboard.lastTestNone}</dd>
      </>
    );
  }
  const { facts, verdict, title } = lastTestWords(last, jurisdiction);
  const when = formatDateTime(last.at, intlLocale());
  const rows = text.VERDICT_ROWS;
  return (
    <>
      <dt>{text.ui.dashboard.lastTest}</dt>
      <dd className={`verdict-${verdict.tone}`} data-verdict={verdict.outcome}>
        {verdict.tone === 'bad'
          ? text.ui.dashboard.lastTestFailure(title, when)
          : text.ui.dashboard.lastTestSuccess(title, when)}
      </dd>
      {verdict.canLogIn ? (
        <>
          <dt>{rows.appKey}</dt>
          <dd>{keyRowWords(facts, verdict)}</dd>
          <dt>{rows.stream}</dt>
          <dd>{streamRowWords(facts)}</dd>
          <dt>{rows.keepAlive}</dt>
          <dd>{keepAliveRowWords(facts)}</dd>
        </>
      ) : null}
    </>
  );
}
