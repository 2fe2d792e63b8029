/** Where a returning user lands: what is set up, the last test, a new test, snippets, start over. */
import { JURISDICTION_NAMES } from '../../shared/i18n/en/jurisdictions.js';
import { ui } from '../../shared/i18n/en/ui.js';
import { CertificateDetails } from '../components/certificate-details.js';
import { LoginTester } from '../components/login-tester.js';
import { formatDateTime } from '../logic/dates.js';
import type { WizardContext } from '../wizard-context.js';
import { Snippets } from './snippets.js';
import { StartOver } from './start-over.js';

export function Dashboard({ ctx }: { readonly ctx: WizardContext }) {
  const { settings } = ctx;
  const last = settings.lastTest;

  return (
    <>
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
              ? ui.dashboard.lastTestSuccess(last.title, formatDateTime(last.at, ui.dateLocale))
              : ui.dashboard.lastTestFailure(last.title, formatDateTime(last.at, ui.dateLocale))
            : ui.dashboard.lastTestNone}
        </dd>
      </dl>
      {settings.certificate ? (
        <section className="card" aria-labelledby="dash-cert">
          <h2 id="dash-cert">{ui.dashboard.certificateHeading}</h2>
          <CertificateDetails certificate={settings.certificate} onRenew={() => ctx.goTo('certificate')} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="dash-test">
        <h2 id="dash-test">{ui.dashboard.testAgainHeading}</h2>
        <LoginTester ctx={ctx} level={3} />
      </section>
      {/* Keyed by the remembered key: the snippets are asked for again when "Use this key" changes it. */}
      <Snippets key={settings.appKey ?? ''} />
      <StartOver ctx={ctx} />
    </>
  );
}
