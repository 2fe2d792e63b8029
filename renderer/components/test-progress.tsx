/**
 * While "Test my login" runs: which of its checks are still running ("Still checking: application key, keeping the
 * session, streaming"), asked of the app a few times a second until the test answers. Nothing shows when the app
 * has nothing running to tell.
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
  if (!busy || running.length === 0) return null;
  const t = text.TEST_PROGRESS_TEXT;
  return <p className="test-progress">{t.running(running.map((c) => t.checks[c]))}</p>;
}
