/**
 * What a certificate check found, in plain words: errors as alerts, warnings as notes. The words (text.FINDING_TEXT)
 * are in the results part, loaded with the certificate step (renderer/app.tsx).
 */
import type { InspectReport } from '../../shared/certificate-types.js';
import { findingWords } from '../../shared/finding-words.js';
import { RevealedHeading } from './revealed-heading.js';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly report: InspectReport;
  /** The answer to "Check these files": scroll it into view and focus its heading. */
  readonly reveal?: boolean;
}

export function Findings({ report, reveal = false }: Props) {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  if (report.findings.length === 0 && report.usable) return null;
  return (
    <section aria-labelledby="findings-heading" className="findings">
      <RevealedHeading level={3} id="findings-heading" reveal={reveal}>
        {text.ui.certificate.findingsHeading}
      </RevealedHeading>
      {errors.length > 0 || !report.usable ? (
        <div role="alert" className="panel panel-error">
          {errors.length > 0 ? (
            <ul>
              {errors.map((f) => (
                <li key={f.code}>{findingWords(f, text.FINDING_TEXT)}</li>
              ))}
            </ul>
          ) : null}
          {!report.usable ? <p>{text.ui.certificate.notUsable}</p> : null}
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="panel panel-warning">
          {warnings.map((f) => (
            <li key={f.code}>{findingWords(f, text.FINDING_TEXT)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
