/**
 * The wizard: loads what the app knows (info + settings), picks the first screen (the dashboard for
 * a returning user) and moves between screens. Screens change settings only through `save`.
 */
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../shared/api.js';
import type { Settings, SettingsPatch } from '../shared/settings-schema.js';
import type { AppError, Result } from '../shared/result.js';
import { loadPart, needWords, switchLanguage, text } from '../shared/i18n/text.js';
import {
  negotiateDisplayLanguage,
  startLanguage,
  type Language,
  type LanguageOrPseudo,
} from '../shared/i18n/languages.js';
import { LanguageProvider } from './language-context.js';
import { applyLanguage } from './logic/language.js';
import { LanguageSwitcher } from './components/language-switcher.js';
import { callWizard, unexpectedError, waitForBridge } from './wizard-api.js';
import { canGoNext, initialView, nextView, previousView, type View } from './logic/steps.js';
import { loadTestDone, useTestDone } from './hooks/use-test-done.js';
import { StepIndicator } from './components/step-indicator.js';
import { StepFrame } from './components/step-frame.js';
import { ConfirmDialog } from './components/confirm-dialog.js';
import { NoticeBanner, TestEndpointBanner } from './components/banners.js';
import { JurisdictionStep } from './steps/jurisdiction-step.js';
import { UploadConfirm } from './steps/upload-confirm.js';
import { onDemandScreen, type OnDemandScreen } from './on-demand-screen.js';
import { WizardProvider, type WizardContext } from './wizard-context.js';

export type Phase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | {
      readonly kind: 'ready';
      readonly info: AppInfo;
      readonly settings: Settings;
      readonly view: View;
      readonly moved: boolean;
      readonly language: LanguageOrPseudo;
    };

// Every screen but the first step loads on demand: the upload step (its words are in the window part, already here),
// the certificate step with the results part (a file check's findings are worded from it), the test step and the
// dashboard (the login tester, its results, key lists, code samples) with the words they show (the results part) and
// the verdict's code (whether the test step counts as done): the first screen stays small. The one that is the first
// screen loads with the start (see loadWizard); the others once the first screen is painted (see App), so they never
// delay it.
const certificateStep = onDemandScreen(() =>
  Promise.all([import('./steps/certificate-step.js'), needWords('results')]).then(([m]) => m.CertificateStep),
);
const uploadStep = onDemandScreen(() => import('./steps/upload-step.js').then((m) => m.UploadStep));
const testStep = onDemandScreen(() =>
  Promise.all([import('./steps/test-step.js'), needWords('results'), loadTestDone()]).then(([m]) => m.TestStep),
);
const dashboard = onDemandScreen(() =>
  Promise.all([import('./dashboard/dashboard.js'), needWords('results'), loadTestDone()]).then(([m]) => m.Dashboard),
);
const ON_DEMAND: Readonly<Record<Exclude<View, 'jurisdiction'>, OnDemandScreen>> = {
  certificate: certificateStep,
  upload: uploadStep,
  test: testStep,
  dashboard,
};
const CertificateStep = certificateStep.Screen;
const UploadStep = uploadStep.Screen;
const TestStep = testStep.Screen;
const Dashboard = dashboard.Screen;

function headings(): Readonly<Record<View, string>> {
  return {
    jurisdiction: text.ui.jurisdiction.heading,
    certificate: text.ui.certificate.heading,
    upload: text.ui.upload.heading,
    test: text.ui.test.heading,
    dashboard: text.ui.dashboard.heading,
  };
}

function nextHints(): Readonly<Partial<Record<View, string>>> {
  return {
    jurisdiction: text.ui.jurisdiction.needsChoice,
    certificate: text.ui.certificate.needsCertificate,
    upload: text.ui.upload.needsConfirm,
  };
}

/** Short, so the footer stays one row: on Denmark the notice above says the rest. */
function nextHint(view: View, settings: Settings): string | undefined {
  if (view === 'jurisdiction' && settings.jurisdiction === 'dk') return text.ui.jurisdiction.denmarkHeading;
  return nextHints()[view];
}

/**
 * Asks the app for its info and the settings, then makes the language the window starts in the one in use (here and
 * in main) before the first screen shows. Started before React renders (main.tsx), which renders once it resolves.
 */
export function loadWizard(): Promise<Phase> {
  // A word part that cannot load (a damaged install) is a start-up failure to show, never "Loading…" for ever.
  return startWizard().catch((): Phase => ({ kind: 'failed', error: unexpectedError() }));
}

async function startWizard(): Promise<Phase> {
  // Most starts use the browser's (system's) language: fetch its window words while the app is asked for its settings.
  void loadPart(negotiateDisplayLanguage(navigator.languages), 'window').catch(() => undefined);
  if (!(await waitForBridge())) {
    await switchLanguage(negotiateDisplayLanguage(navigator.languages));
    return { kind: 'failed', error: { code: 'NO_BRIDGE', message: text.ui.errors.noBridge } };
  }
  const [info, settings] = await Promise.all([
    callWizard((api) => api.getAppInfo()),
    callWizard((api) => api.getSettings()),
  ]);
  if (!info.ok) return { kind: 'failed', error: info.error };
  if (!settings.ok) return { kind: 'failed', error: settings.error };
  // A remembered choice, else the system's (Electron) or the browser's (harness) languages.
  const language = startLanguage(settings.value.language, navigator.languages);
  await applyLanguage(language);
  const view = initialView(settings.value);
  // A returning user's first screen is the dashboard: here with its words before it shows, so it never says "Loading…".
  if (view !== 'jurisdiction') await ON_DEMAND[view].preload();
  return { kind: 'ready', info: info.value, settings: settings.value, view, moved: false, language };
}

/** Starts loading the on-demand screens once the first screen is painted (the frame after it), so they never delay it. */
function preloadScreensAfterPaint(): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      for (const screen of Object.values(ON_DEMAND)) void screen.preload();
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * `initial` is the boot's answer when it came before the first render (main.tsx waits a moment for it, so the first
 * screen is the first paint); else "Loading…" shows until `boot` settles.
 */
export function App({ boot, initial }: { readonly boot: Promise<Phase>; readonly initial?: Phase }) {
  const [phase, setPhase] = useState<Phase>(initial ?? { kind: 'loading' });
  // Leaving the test step without a passing test asks once ("not tested yet"); then it lets go.
  const [askSkipTest, setAskSkipTest] = useState(false);
  const [skipTestAllowed, setSkipTestAllowed] = useState(false);

  useEffect(() => {
    if (initial) return undefined; // the boot's answer is already the state
    let live = true;
    void boot.then((p) => {
      if (live) setPhase(p);
    });
    return () => {
      live = false;
    };
  }, [boot, initial]);

  const ready = phase.kind === 'ready';
  useEffect(() => (ready ? preloadScreensAfterPaint() : undefined), [ready]);
  const testDone = useTestDone(phase.kind === 'ready' ? phase.settings : null);

  const setSettings = useCallback((settings: Settings) => {
    setPhase((p) => (p.kind === 'ready' ? { ...p, settings } : p));
  }, []);

  const goTo = useCallback((view: View) => {
    // The new screen's step frame is a new scroll area, which starts at its top.
    setPhase((p) => (p.kind === 'ready' ? { ...p, view, moved: true } : p));
  }, []);

  const save = useCallback(
    async (patch: SettingsPatch): Promise<Result<Settings>> => {
      const result = await callWizard((api) => api.updateSettings(patch));
      if (result.ok) setSettings(result.value);
      return result;
    },
    [setSettings],
  );

  const choose = useCallback(
    async (language: Language): Promise<void> => {
      await applyLanguage(language);
      setPhase((p) => (p.kind === 'ready' ? { ...p, language } : p));
      await save({ language });
    },
    [save],
  );

  const reload = useCallback(async (): Promise<void> => {
    const result = await callWizard((api) => api.getSettings());
    if (result.ok) setSettings(result.value);
  }, [setSettings]);

  if (phase.kind === 'loading') {
    return (
      <main className="page">
        <p role="status">{text.ui.common.loading}</p>
      </main>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <main className="page">
        <div role="alert" className="panel panel-error">
          <h1>{text.ui.errors.startupTitle}</h1>
          <p>{phase.error.message}</p>
          {phase.error.whatToDo ? <p>{phase.error.whatToDo}</p> : null}
        </div>
      </main>
    );
  }

  const { info, settings, view, moved, language } = phase;
  const wizard: WizardContext = { info, settings, save, reload, setSettings, goTo };
  const back = previousView(view);
  const next = nextView(view);
  const untested = view === 'test' && !testDone && !skipTestAllowed;
  const goNext = next
    ? () => {
        if (untested) setAskSkipTest(true);
        else goTo(next);
      }
    : undefined;

  return (
    <LanguageProvider value={{ language, choose }}>
      <WizardProvider value={wizard}>
        <div className="shell">
          <header className="sidebar">
            <p className="app-name">{text.ui.appTitle}</p>
            <StepIndicator current={view} testPassed={testDone} />
            <LanguageSwitcher />
          </header>
          <main className="content">
            <StepFrame
              key={view}
              heading={headings()[view]}
              focusHeading={moved}
              onBack={back ? () => goTo(back) : undefined}
              onNext={view !== 'dashboard' ? goNext : undefined}
              nextEnabled={canGoNext(view, settings)}
              nextHint={nextHint(view, settings)}
              gate={view === 'upload' ? <UploadConfirm /> : undefined}
              nextPrimary={view !== 'test'}
              actionSlot={view === 'test'}
              endSlot={view === 'dashboard'}
              before={
                <>
                  {info.testEndpoint ? <TestEndpointBanner origin={info.testEndpoint.origin} /> : null}
                  {info.settingsNotice ? (
                    <NoticeBanner
                      text={
                        info.settingsNotice === 'damaged'
                          ? text.appText.settings.damagedNotice
                          : text.appText.settings.cannotSaveNotice
                      }
                    />
                  ) : null}
                </>
              }
              after={
                <footer className="foot">
                  <p>{text.ui.common.version(info.version)}</p>
                </footer>
              }
            >
              {view === 'jurisdiction' ? <JurisdictionStep /> : null}
              <Suspense fallback={<p role="status">{text.ui.common.loading}</p>}>
                {view === 'certificate' ? <CertificateStep /> : null}
                {view === 'upload' ? <UploadStep /> : null}
                {view === 'test' ? <TestStep /> : null}
                {view === 'dashboard' ? <Dashboard /> : null}
              </Suspense>
            </StepFrame>
          </main>
          {askSkipTest ? (
            <ConfirmDialog
              title={text.ui.test.notTestedTitle}
              text={text.ui.test.notTestedText}
              confirmLabel={text.ui.test.notTestedGoOn}
              cancelLabel={text.ui.test.notTestedStay}
              onConfirm={() => {
                setAskSkipTest(false);
                setSkipTestAllowed(true);
                goTo('dashboard');
              }}
              onCancel={() => setAskSkipTest(false)}
            />
          ) : null}
        </div>
      </WizardProvider>
    </LanguageProvider>
  );
}
