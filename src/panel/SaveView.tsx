import {useState} from 'preact/hooks';
import {errorMessage} from '../core/error-message';

export interface SaveViewProps {
  /** Keeps the posting in "Your postings"; rejects with a message a person can read. */
  onSave?: (() => Promise<unknown>) | undefined;
  onOpenPostings?: (() => void) | undefined;
}

type SaveState = {kind: 'idle' | 'saving' | 'saved'} | {kind: 'failed'; message: string};

/** The panel's way into "Your postings": save this posting, or open the list. */
export function SaveView({onSave, onOpenPostings}: SaveViewProps) {
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  if (!onSave && !onOpenPostings) return null;
  const save = () => {
    setState({kind: 'saving'});
    onSave?.().then(
      () => setState({kind: 'saved'}),
      (error: unknown) => setState({kind: 'failed', message: errorMessage(error)}),
    );
  };
  return (
    <section class="save" aria-label="Your postings" data-testid="save-section">
      {onSave ? (
        <button
          type="button"
          data-testid="save-posting"
          onClick={save}
          disabled={state.kind === 'saving' || state.kind === 'saved'}
        >
          {state.kind === 'saved' ? 'Saved to your postings' : state.kind === 'saving' ? 'Saving…' : 'Save'}
        </button>
      ) : null}{' '}
      {onOpenPostings ? (
        <button type="button" class="link" data-testid="open-postings" onClick={onOpenPostings}>
          Your postings
        </button>
      ) : null}
      {state.kind === 'failed' ? (
        <p class="warning" role="alert">
          Not saved: {state.message}
        </p>
      ) : null}
    </section>
  );
}
