import {render} from 'preact';
import type {Analysis} from '../core/types';
import {Panel} from '../ui/Panel';
import {PANEL_CSS} from '../ui/styles';

export const HOST_ID = 'tpm-lens-panel';

export interface MountHandlers {
  onDismiss: () => void;
  onSetUpProfile: () => void;
  onShowEvidence?: (sentence: string) => boolean;
}

/** The panel's shadow root (open, so assistive tech and tests can reach it), created on first use. */
function shadowRoot(doc: Document): ShadowRoot {
  const existing = doc.getElementById(HOST_ID);
  if (existing?.shadowRoot) return existing.shadowRoot;
  existing?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({mode: 'open'});
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  root.append(style, doc.createElement('div'));
  (doc.body ?? doc.documentElement).append(host);
  return root;
}

export function mountPanel(doc: Document, analysis: Analysis, handlers: MountHandlers): void {
  const container = shadowRoot(doc).lastElementChild!;
  // A new posting (SPA navigation) gets a fresh panel state: keyed by the posting, not reused.
  render(<Panel key={`${analysis.posting.url ?? ''}|${analysis.posting.title}`} analysis={analysis} {...handlers} />, container);
}

export function unmountPanel(doc: Document): void {
  const host = doc.getElementById(HOST_ID);
  if (!host) return;
  const container = host.shadowRoot?.lastElementChild;
  if (container) render(null, container);
  host.remove();
}
