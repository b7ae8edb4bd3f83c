import {PageText} from './PageText';
import {CloseButton} from './CloseButton';

export interface PanelNoticeProps {
  /** The posting's title when it is known. */
  title: string | null;
  message: string;
  /** True while the next posting is being read: the old analysis is gone, the new one is coming. */
  busy: boolean;
  onDismiss?: (() => void) | undefined;
}

/** The panel's place-holder: between two postings, or when the analysis could not be had. */
export function PanelNotice({title, message, busy, onDismiss}: PanelNoticeProps) {
  return (
    <div class="tpm" role="complementary" aria-label="TPM Lens" aria-busy={busy ? 'true' : 'false'}>
      <div class="panel notice" data-testid="panel-notice" data-state={busy ? 'reading' : 'unavailable'}>
        <header>
          <div class="titles">
            <p class="brand">TPM Lens</p>
            {title ? (
              <h2>
                <PageText text={title} />
              </h2>
            ) : null}
            <p class={busy ? 'muted' : 'warning'} role={busy ? 'status' : 'alert'}>
              {message}
            </p>
          </div>
          <CloseButton onDismiss={onDismiss} />
        </header>
      </div>
    </div>
  );
}
