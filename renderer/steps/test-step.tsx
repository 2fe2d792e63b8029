/** Step 4: one test login, the answer in plain words, and "Go to my dashboard" once the login works. */
import { ui } from '../../shared/i18n/en/ui.js';
import { LoginTester } from '../components/login-tester.js';
import type { WizardContext } from '../wizard-context.js';

export function TestStep({ ctx }: { readonly ctx: WizardContext }) {
  return (
    <>
      <p>{ui.test.intro}</p>
      <LoginTester ctx={ctx} level={2} onDone={() => ctx.goTo('dashboard')} />
    </>
  );
}
