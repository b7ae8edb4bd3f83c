import {Component} from 'preact';
import {errorMessage} from '../core/error-message';

export interface SaveViewProps {
  /** Keeps the posting in "Your postings"; rejects with a message a person can read. */
  onSave?: (() => Promise<unknown>) | undefined;
  onOpenPostings?: (() => void) | undefined;
}

type SaveState = {kind: 'idle' | 'saving' | 'saved'} | {kind: 'failed'; message: string};

/** The panel's way into "Your postings": save this posting, or open the list. (A class: see EvidenceQuote.) */
export class SaveView extends Component<SaveViewProps, {save: SaveState}> {
  override state: {save: SaveState} = {save: {kind: 'idle'}};

  override render({onSave, onOpenPostings}: SaveViewProps, {save: state}: {save: SaveState}) {
    if (!onSave && !onOpenPostings) return null;
    const setState = (save: SaveState) => this.setState({save});
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
}
