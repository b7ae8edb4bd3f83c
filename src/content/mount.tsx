import {render} from 'preact';
import {withoutBidiControls} from '../core/invisible';
import type {Analysis} from '../core/types';
import type {StructuredDataCheck} from '../messages/structured-data';
import {PanelNotice, type PanelNoticeProps} from '../panel/Notice';
import {Panel} from '../panel/Panel';
import PANEL_CSS from '../panel/panel.css?inline';
import {dockRight, dockTop} from './dock';
import {SYNTHETIC_EVENTS_COUNT, TEST_HOOKS} from './test-hooks';

/** The panel host's id, in builds with test hooks only: the shipped host carries no name to look for. */
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
  /** "Your postings": keep this posting, open the list. */
  onSave?: () => Promise<unknown>;
  onOpenPostings?: () => void;
  /** The reader picked an occupation for pay comparisons (null: automatic). */
  onChooseOccupation?: (soc: string | null) => void;
  /** The reader opened the "Not a TPM role" chip. */
  onOpen?: () => void;
  /** The posting's text on the page: the panel docks beside it when there is room. */
  posting?: Element | null;
}

/**
 * The panel's shadow root per document. Closed in the shipped build, so the page's scripts can neither
 * read nor change the panel (assistive tech still reaches it: the accessibility tree ignores the mode);
 * open with test hooks, for Playwright's locators. Held here because a closed root is reachable only
 * through the reference attachShadow returns.
 */
const roots = new WeakMap<Document, ShadowRoot>();
/**
 * Where each panel docks, written into its shadow root: the host element carries no id, class, style or
 * custom property a page script could read (a `--tpm-*` property on the host named the extension).
 */
const docks = new WeakMap<ShadowRoot, {style: HTMLStyleElement; top: number; beside?: Element | null}>();

function dock(root: ShadowRoot, right: number | null): void {
  const placed = docks.get(root);
  if (!placed) return;
  placed.style.textContent = `:host { top: ${placed.top}px;${right === null ? '' : ` right: ${right}px;`} }`;
}
/** Whether the click being dispatched inside a panel came from the user (see userOnly). */
const userClicks = new WeakMap<ShadowRoot, {trusted: boolean}>();

function shadowRoot(doc: Document): ShadowRoot {
  const existing = roots.get(doc);
  if (existing?.host.isConnected) return existing;
  existing?.host.remove();
  const host = doc.createElement('div');
  if (TEST_HOOKS) host.id = HOST_ID;
  const root = host.attachShadow({mode: TEST_HOOKS ? 'open' : 'closed'});
  const click = {trusted: false};
  userClicks.set(root, click);
  // Capture runs before the buttons' own listeners; the flag lasts for this one dispatch.
  root.addEventListener(
    'click',
    (event) => {
      click.trusted = event.isTrusted || SYNTHETIC_EVENTS_COUNT;
      setTimeout(() => (click.trusted = false));
    },
    true,
  );
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const place = doc.createElement('style');
  root.append(style, place, doc.createElement('div'));
  // Measured before the host is in the page, so the panel never finds itself.
  const top = dockTop(doc);
  docks.set(root, {style: place, top});
  dock(root, null);
  // The panel's height follows the top; set inside the closed root, where the page cannot read it.
  (root.lastElementChild as HTMLElement).style.setProperty('--tpm-top', `${top}px`);
  (doc.body ?? doc.documentElement).append(host);
  roots.set(doc, root);
  return root;
}

/**
 * Remembered choices (collapse, close) change only on the user's own click: an event a page script
 * made up (isTrusted false) is ignored, so a page cannot close or collapse the panel for every site.
 */
function userOnly<Args extends unknown[]>(
  root: ShadowRoot,
  handler: ((...args: Args) => void) | undefined,
): ((...args: Args) => void) | undefined {
  if (!handler) return undefined;
  return (...args: Args) => {
    if (userClicks.get(root)?.trusted) handler(...args);
  };
}

/**
 * What each panel's container holds: preact's render or the "Not a TPM role" chip as plain DOM, and the
 * posting shown (Panel's key; null for a notice). A panel (`preact` with a key) is an open one: a chip's
 * posting shown again after the reader opened it stays open. The chip's buttons call the latest handlers
 * (`actions`), so showing the same posting again changes no element the reader may be on.
 */
interface Held {
  kind: 'preact' | 'chip';
  key: string | null;
  actions?: {open: () => void; dismiss: () => void};
}
const contents = new WeakMap<ShadowRoot, Held>();

/** The container, emptied when it is to hold another kind of content (preact unmounted first, effects and all). */
function claim(root: ShadowRoot, kind: Held['kind']): Element {
  const container = root.lastElementChild!;
  const held = contents.get(root);
  if (held?.kind !== kind) {
    if (held?.kind === 'preact') render(null, container);
    container.replaceChildren();
  }
  return container;
}

export function mountPanel(
  doc: Document,
  analysis: Analysis,
  {posting = null, onOpen, ...handlers}: MountHandlers,
): void {
  const existing = roots.get(doc);
  const placed = existing?.host.isConnected ? docks.get(existing) : undefined;
  // Measured once per host and posting element: a second render of the same posting (its structured-data
  // check arrived) would otherwise make the page lay itself out again for a reading that cannot differ.
  // Measured before the host can be added: a host added first would make the page lay itself out again.
  const right = placed && placed.beside === posting ? undefined : dockRight(doc, posting);
  const root = shadowRoot(doc);
  if (right !== undefined) {
    dock(root, right);
    docks.get(root)!.beside = posting;
  }
  // A new posting (SPA navigation) gets a fresh panel state: keyed by the posting, not reused.
  const key = `${analysis.posting.url ?? ''}|${analysis.posting.title}`;
  const guarded = {
    ...handlers,
    onDismiss: userOnly(root, handlers.onDismiss)!,
    onCollapsedChange: userOnly(root, handlers.onCollapsedChange),
  };
  const openPanel = () => {
    const container = claim(root, 'preact');
    contents.set(root, {kind: 'preact', key});
    render(<Panel key={key} analysis={analysis} {...guarded} />, container);
  };
  const held = contents.get(root);
  if (analysis.detection.isTechnicalProjectManager || (held?.kind === 'preact' && held.key === key)) return openPanel();
  // A posting that is not a TPM role: a chip until the reader opens it, drawn without preact, whose first
  // render (and the compiling of its code) cost a page several ms for a few elements.
  const actions = {
    open: () => {
      openPanel();
      // The chip's button (where the reader's focus was) is gone: focus goes to the panel it opened.
      root.querySelector<HTMLElement>('[aria-controls="tpm-lens-body"]')?.focus();
      onOpen?.();
    },
    dismiss: guarded.onDismiss,
  };
  if (held?.kind === 'chip' && held.key === key) {
    held.actions = actions;
    return;
  }
  const container = claim(root, 'chip');
  const next: Held = {kind: 'chip', key, actions};
  contents.set(root, next);
  container.replaceChildren(
    notTpmChip(
      doc,
      analysis.posting.title,
      () => next.actions?.open(),
      () => next.actions?.dismiss(),
    ),
  );
}

/**
 * The "Not a TPM role" chip. Page text goes in as text (textContent, an attribute), isolated and stripped of
 * direction controls as PageText does.
 */
function notTpmChip(doc: Document, title: string, onOpen: () => void, onDismiss: () => void): HTMLElement {
  const element = (tag: string, attributes: Record<string, string>, ...children: Array<Node | string>) => {
    const made = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    made.append(...children);
    return made;
  };
  const clean = withoutBidiControls(title);
  const open = element(
    'button',
    {type: 'button', 'aria-expanded': 'false', title: `TPM Lens: ${clean}`},
    'Not a TPM role',
    element('span', {class: 'sr-only'}, ': open the TPM Lens analysis of ', element('bdi', {}, clean)),
  );
  open.addEventListener('click', onOpen);
  const close = element('button', {type: 'button', class: 'icon', 'aria-label': 'Close TPM Lens'}, '×');
  close.addEventListener('click', onDismiss);
  return element(
    'div',
    {class: 'tpm', role: 'complementary', 'aria-label': 'TPM Lens'},
    element('div', {class: 'chip', 'data-testid': 'not-tpm-chip'}, open, close),
  );
}

/** The same host, showing a place-holder (reading the next posting, or no analysis to be had). */
export function mountNotice(doc: Document, props: PanelNoticeProps): void {
  const root = shadowRoot(doc);
  render(<PanelNotice {...props} onDismiss={userOnly(root, props.onDismiss)} />, claim(root, 'preact'));
  contents.set(root, {kind: 'preact', key: null});
}

export function unmountPanel(doc: Document): void {
  const root = roots.get(doc);
  if (!root) return;
  roots.delete(doc);
  const container = root.lastElementChild;
  if (container && contents.get(root)?.kind === 'preact') render(null, container);
  contents.delete(root);
  root.host.remove();
}
