/**
 * Where a returning user lands: what is set up, the last test, the certificate's expiry (renew, or a
 * calendar reminder), and, folded so the page fits the window, "Test again" and the code samples.
 */
import { intlLocale } from '../../shared/i18n/text.js';
import { useState } from 'react';
import { JURISDICTION_NAMES } from '../../shared/i18n/en/jurisdictions.js';
import { ui } from '../../shared/i18n/en/ui.js';
import { CertificateDetails } from '../components/certificate-details.js';
import { ExpiryLine } from '../components/expiry-line.js';
import { LoginTester } from '../components/login-tester.js';
import { RenewalReminder } from '../components/renewal-reminder.js';
import { formatDateTime } from '../logic/dates.js';
import { useWizard } from '../wizard-context.js';
import { Snippets } from './snippets.js';
import { StartOver } from './start-over.js';

export function Dashboard() {
  const ctx = useWizard();
  const { settings } = ctx;
  const last = settings.lastTest;
  // Open at first only when the login has not passed yet; then it is the user's to fold.
  const [testOpen] = useState(last?.success !== true);

  return (
    <div className="dashboard">
      <p>{ui.dashboard.intro}</p>
      <dl className="facts">
        {settings.jurisdiction ? (
          <>
            <dt>{ui.dashboard.jurisdiction}</dt>
            <dd>{JURISDICTION_NAMES[settings.jurisdiction]}</dd>
          </>
        ) : null}
        <dt>{ui.dashboard.lastTest}</dt>
        <dd>
          {last
            ? last.success
              ? ui.dashboard.lastTestSuccess(last.title, formatDateTime(last.at, intlLocale()))
              : ui.dashboard.lastTestFailure(last.title, formatDateTime(last.at, intlLocale()))
            : ui.dashboard.lastTestNone}
        </dd>
      </dl>
      {settings.certificate ? (
        <section className="card" aria-labelledby="dash-cert">
          <h2 id="dash-cert">{ui.dashboard.certificateHeading}</h2>
          <ExpiryLine notAfter={settings.certificate.notAfter} />
          <div className="button-row">
            <button type="button" onClick={() => ctx.goTo('certificate')}>
              {ui.expiry.renew}
            </button>
            <RenewalReminder />
          </div>
          <details className="advanced">
            <summary>{ui.common.details}</summary>
            <CertificateDetails certificate={settings.certificate} />
          </details>
        </section>
      ) : null}
      <details className="fold card" open={testOpen}>
        <summary>{ui.dashboard.testAgainHeading}</summary>
        <LoginTester level={3} />
      </details>
      <details className="fold card">
        <summary>{ui.dashboard.snippetsHeading}</summary>
        {/* Keyed by the remembered key: the snippets are asked for again when "Use this key" changes it. */}
        <Snippets key={settings.appKey ?? ''} />
      </details>
      <StartOver />
    </div>
  );
}
