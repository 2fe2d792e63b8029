/** Code that uses the certificate from a bot, each with a copy button; and the key-files warning. */
import { useEffect, useState } from 'react';
import type { Snippet } from '../../shared/api.js';
import type { AppError } from '../../shared/result.js';
import { callWizard } from '../wizard-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { useLanguage } from '../language-context.js';
import { useCopy } from '../hooks/use-copy.js';
import { text } from '../../shared/i18n/text.js';

/** A sample's title in the language in use, from its id (main's title is in the language it was asked in). */
function snippetTitle(id: Snippet['id']): string {
  const titles: Readonly<Record<Snippet['id'], string>> = {
    betfairlightweight: text.appText.snippets.betfairlightweightTitle,
    curl: text.appText.snippets.curlTitle,
    node: text.appText.snippets.nodeTitle,
  };
  return titles[id];
}

function SnippetBlock({ snippet }: { readonly snippet: Snippet }) {
  const [copyState, copy] = useCopy(snippet.code);
  const title = snippetTitle(snippet.id);

  return (
    <div className="snippet">
      <h3>{title}</h3>
      <pre>
        <code>{snippet.code}</code>
      </pre>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {text.ui.dashboard.copy(title)}
        </button>
        <span role="status" className="copy-status">
          {copyState === 'copied'
            ? text.ui.dashboard.copied
            : copyState === 'failed'
              ? text.ui.dashboard.copyFailed
              : ''}
        </span>
      </div>
    </div>
  );
}

export function Snippets() {
  // Their comments are main's words: asked for again when the language changes.
  const { language } = useLanguage();
  const [snippets, setSnippets] = useState<readonly Snippet[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void callWizard((api) => api.getSnippets()).then((result) => {
      if (!live) return;
      if (result.ok) setSnippets(result.value);
      else setError({ ...result.error, title: text.ui.dashboard.snippetsFailed });
    });
    return () => {
      live = false;
    };
  }, [language]);

  return (
    <div>
      <p role="note" className="panel panel-warning">
        {text.ui.dashboard.keyWarning}
      </p>
      <p>{text.ui.dashboard.snippetsIntro}</p>
      {snippets ? snippets.map((s) => <SnippetBlock key={s.id} snippet={s} />) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
