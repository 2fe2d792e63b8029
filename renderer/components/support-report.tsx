/**
 * "Make a support report": the report's whole text shown first (folded until asked for), then copied by the user's
 * own press; the app never sends it. The text is an allow-list of facts (shared/support-report.ts).
 */
import { useId } from 'react';
import { supportReport } from '../../shared/support-report.js';
import { text } from '../../shared/i18n/text.js';
import { useCopy } from '../hooks/use-copy.js';
import { supportFacts, type ReportSubject } from '../logic/support-facts.js';
import { useWizard } from '../wizard-context.js';

export function SupportReport({ subject }: { readonly subject: ReportSubject }) {
  const { info, settings } = useWizard();
  const id = useId();
  const words = text.SUPPORT_REPORT_TEXT;
  const report = supportReport(supportFacts(info, settings, subject, new Date()));
  const [copyState, copy] = useCopy(report.text);
  return (
    <details className="support-report">
      <summary>{words.button}</summary>
      <p id={`${id}-note`}>{words.preview}</p>
      <pre className="support-report-text" tabIndex={0} aria-label={words.label} aria-describedby={`${id}-note`}>
        {report.text}
      </pre>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {words.copy}
        </button>
        <p role="status" className="hint">
          {copyState === 'copied' ? words.copied : copyState === 'failed' ? words.copyFailed : ''}
        </p>
      </div>
    </details>
  );
}
