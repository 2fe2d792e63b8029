/**
 * Where a returning user lands: what is set up, the last test, "Set up my bot" (its own action, always in view), the
 * certificate's expiry (renew, or a calendar reminder), and, folded so the page fits the window, "Test again" and
 * the code samples.
 */
import { text } from '../../shared/i18n/text.js';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FoldSection } from '../components/fold-section.js';
import { CertificateDetails } from '../components/certificate-details.js';
import { ExpiryLine } from '../components/expiry-line.js';
import { LoginTester } from '../components/login-tester.js';
import { Renewal } from './renewal.js';
import { useWizard } from '../wizard-context.js';
import { lastTestWords } from '../logic/report-words.js';
import { LastTestRows } from './last-test-rows.js';
import { DEFAULT_JURISDICTION } from '../../shared/jurisdictions.js';
import { Snippets } from './snippets.js';
import { StartOver } from './start-over.js';
import { BotKitAction } from './bot-kit.js';
import { UpdatesFold } from './updates.js';
import { SupportReport } from '../components/support-report.js';

export function Dashboard() {
  const ctx = useWizard();
  const { settings } = ctx;
  const last = settings.lastTest;
  // Open at first only when the last test's verdict is not "works"; then it is the user's to fold.
  const [testOpen] = useState(
    () =>
      last === null ||
      settings.renewal?.uploaded === true ||
      lastTestWords(last, settings.jurisdiction ?? DEFAULT_JURISDICTION).verdict.tone !== 'good',
  );
  const [testUnfolded, setTestUnfolded] = useState(testOpen);
  const [snippetsUnfolded, setSnippetsUnfolded] = useState(false);
  const testFold = useRef<HTMLElement>(null);
  function openTest(): void {
    const fold = testFold.current;
    if (!fold) return;
    // Drawn open now, so its first field can take the focus.
    flushSync(() => setTestUnfolded(true));
    fold.scrollIntoView({ block: 'start' });
    fold.querySelector<HTMLInputElement>('input')?.focus();
  }

  return (
    <div className="dashboard">
      <dl className="facts">
        {settings.jurisdiction ? (
          <>
            <dt>{text.ui.dashboard.jurisdiction}</dt>
            <dd>{text.JURISDICTION_NAMES[settings.jurisdiction]}</dd>
          </>
        ) : null}
        <LastTestRows last={last} jurisdiction={settings.jurisdiction ?? DEFAULT_JURISDICTION} />
      </dl>
      {/* The support report of the last test: in view when it is not "works", else inside the folded test. */}
      {testOpen ? <SupportReport subject={{ kind: 'last-test', last }} /> : null}
      <BotKitAction />
      {settings.certificate ? (
        <section className="card" aria-labelledby="dash-cert">
          <h2 id="dash-cert">{text.ui.dashboard.certificateHeading}</h2>
          <ExpiryLine notAfter={settings.certificate.notAfter} />
          <Renewal onTest={openTest} />
          <details className="advanced">
            <summary>{text.ui.common.details}</summary>
            <CertificateDetails certificate={settings.certificate} />
          </details>
        </section>
      ) : null}
      <FoldSection
        ref={testFold}
        title={text.ui.dashboard.testAgainHeading}
        open={testUnfolded}
        onToggle={setTestUnfolded}
      >
        {testOpen ? null : <SupportReport subject={{ kind: 'last-test', last }} />}
        <LoginTester level={3} />
      </FoldSection>
      <FoldSection title={text.ui.dashboard.snippetsHeading} open={snippetsUnfolded} onToggle={setSnippetsUnfolded}>
        {/* Keyed by the remembered key: the snippets are asked for again when "Use this key" changes it. */}
        <Snippets key={settings.appKey ?? ''} />
      </FoldSection>
      {/* One row: the page still fits the window with every fold closed. */}
      <div className="dashboard-foot">
        <StartOver />
        <UpdatesFold />
      </div>
    </div>
  );
}
