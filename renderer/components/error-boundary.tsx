/** Last line of defence: a rendering fault shows a plain sentence, never a stack trace. */
import { Component, type ReactNode } from 'react';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly children: ReactNode;
}
interface State {
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page">
        <div role="alert" className="panel panel-error">
          <h1>{text.ui.errors.unexpectedTitle}</h1>
          <p>{text.ui.errors.unexpected}</p>
        </div>
      </main>
    );
  }
}
