import {render} from 'preact';
import type {Analysis} from '../core/types';
import type {StructuredDataCheck} from '../messages/structured-data';
import {PanelNotice, type PanelNoticeProps} from '../panel/Notice';
import {Panel} from '../panel/Panel';
import {PANEL_CSS} from '../panel/styles';
import {dockRight, dockTop} from './dock';

export const HOST_ID = 'tpm-lens-panel';

export interface MountHandlers {
  onDismiss: () => void;
  /** Open the panel collapsed (the user's remembered choice). */
  startCollapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
  /** The page's JSON-LD against Google's guidance, when the page carries JobPosting JSON-LD. */
  structuredData?: StructuredDataCheck | null;
  onSetUpProfile: () => void;
  onShowEvidence?: (sentence: string) => boolean;
  /** The posting's text on the page: the panel docks beside it when there is room. */
  posting?: Element | null;
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
  // Measured before the host is in the page, so the panel never finds itself.
  host.style.setProperty('--tpm-top', `${dockTop(doc)}px`);
  (doc.body ?? doc.documentElement).append(host);
  return root;
}

export function mountPanel(doc: Document, analysis: Analysis, {posting = null, ...handlers}: MountHandlers): void {
  // Measured before the host can be added: a host added first would make the page lay itself out again.
  const right = dockRight(doc, posting);
  const root = shadowRoot(doc);
  (root.host as HTMLElement).style.setProperty('--tpm-right', `${right}px`);
  const container = root.lastElementChild!;
  // A new posting (SPA navigation) gets a fresh panel state: keyed by the posting, not reused.
  render(<Panel key={`${analysis.posting.url ?? ''}|${analysis.posting.title}`} analysis={analysis} {...handlers} />, container);
}

/** The same host, showing a place-holder (reading the next posting, or no analysis to be had). */
export function mountNotice(doc: Document, props: PanelNoticeProps): void {
  render(<PanelNotice {...props} />, shadowRoot(doc).lastElementChild!);
}

export function unmountPanel(doc: Document): void {
  const host = doc.getElementById(HOST_ID);
  if (!host) return;
  const container = host.shadowRoot?.lastElementChild;
  if (container) render(null, container);
  host.remove();
}
