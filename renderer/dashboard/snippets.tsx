/** Code that uses the certificate from a bot, each with a copy button; and the key-files warning. */
import { useEffect, useState } from 'react';
import type { Snippet } from '../../shared/api.js';
import type { AppError } from '../../shared/result.js';
import { ui } from '../../shared/i18n/en/ui.js';
import { callWizard } from '../wizard-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { useCopy } from '../hooks/use-copy.js';

function SnippetBlock({ snippet }: { readonly snippet: Snippet }) {
  const [copyState, copy] = useCopy(snippet.code);

  return (
    <div className="snippet">
      <h3>{snippet.title}</h3>
      <pre>
        <code>{snippet.code}</code>
      </pre>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {ui.dashboard.copy(snippet.title)}
        </button>
        <span role="status" className="copy-status">
          {copyState === 'copied' ? ui.dashboard.copied : copyState === 'failed' ? ui.dashboard.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}

export function Snippets() {
  const [snippets, setSnippets] = useState<readonly Snippet[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void callWizard((api) => api.getSnippets()).then((result) => {
      if (!live) return;
      if (result.ok) setSnippets(result.value);
      else setError({ ...result.error, title: ui.dashboard.snippetsFailed });
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div>
      <p role="note" className="panel panel-warning">
        {ui.dashboard.keyWarning}
      </p>
      <p>{ui.dashboard.snippetsIntro}</p>
      {snippets ? snippets.map((s) => <SnippetBlock key={s.id} snippet={s} />) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
