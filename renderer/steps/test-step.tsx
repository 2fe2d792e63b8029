/** Step 4: one test login, the answer in plain words, and "Go to my dashboard" once the login works. */
import { LoginTester } from '../components/login-tester.js';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';

export function TestStep() {
  const ctx = useWizard();
  return (
    <>
      <p>{text.ui.test.intro}</p>
      <LoginTester level={2} onDone={() => ctx.goTo('dashboard')} />
    </>
  );
}
