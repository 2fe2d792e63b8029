/**
 * While "Test my login" runs: which of its checks are still running ("Still checking: application key, keeping the
 * session, streaming"), asked of the app a few times a second until the test answers. Until the app tells what is
 * running, "Testing…" (unseen: the button says it), so a screen reader hears that the test started.
 */
import { useEffect, useState } from 'react';
import type { TestCheck } from '../../shared/test-progress.js';
import { text } from '../../shared/i18n/text.js';
import { callWizard } from '../wizard-api.js';

const POLL_MS = 150;

export function TestProgressLine({ busy }: { readonly busy: boolean }) {
  const [running, setRunning] = useState<readonly TestCheck[]>([]);
  useEffect(() => {
    if (!busy) {
      setRunning([]);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (): Promise<void> => {
      const result = await callWizard((api) => api.getTestProgress());
      if (stopped) return;
      if (result.ok) setRunning(result.value.running);
      timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [busy]);
  if (!busy) return null;
  // Said (the line is in a status region) as soon as the test starts; seen in the button already.
  if (running.length === 0) return <p className="visually-hidden">{text.ui.test.testing}</p>;
  const t = text.TEST_PROGRESS_TEXT;
  return <p className="test-progress">{t.running(running.map((c) => t.checks[c]))}</p>;
}
