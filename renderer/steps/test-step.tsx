/** Step 4: one test login, the answer in plain words, and "Go to my dashboard" once the login works. */
import { ui } from '../../shared/i18n/en/ui.js';
import { LoginTester } from '../components/login-tester.js';
import { useWizard } from '../wizard-context.js';

export function TestStep() {
  const ctx = useWizard();
  return (
    <>
      <p>{ui.test.intro}</p>
      <LoginTester level={2} onDone={() => ctx.goTo('dashboard')} />
    </>
  );
}
