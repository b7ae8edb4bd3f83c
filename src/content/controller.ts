import type {Analysis, Posting} from '../core/types';
import type {StructuredDataCheck} from '../messages/structured-data';
import {routeCanHoldPosting, siteFor} from '../sites/index';
import type {ReadResult} from '../sites/types';
import type {ControllerDeps} from './controller-deps';
import {guard, logError} from './log';
import {mark, MARKS, measurePostingToPanel} from './marks';
import {currentPostingKey} from './navigation';
import {createPanelState, type PanelState} from './panel-state';
import {createPostingReader, RETRY_DELAYS_MS} from './posting-reader';

export type {ControllerDeps} from './controller-deps';

/**
 * For this long after a run starts, a change of the posting's container is read again: content that differs
 * from what the run settled on replaces it (the page finished rendering the posting after a read took an
 * earlier state). Later changes (lazy sections, timers) cost nothing.
 */
const VERIFY_MS = 5000;

export interface UpdateOptions {
  freshProfile?: boolean;
  /**
   * The URL has just changed and the page has not touched the posting's container since: what it shows
   * now is the previous posting's (sites change the URL first and render the selected posting after).
   */
  leaving?: boolean;
}

/**
 * The recruiters' structured-data check, asked once the panel is open (a TPM posting opens at once; a
 * "Not a TPM role" chip when the reader opens it, so most pages never ask): the section joins the panel
 * when the check arrives, never holding up the first render; a check that never answers leaves only the
 * section out.
 */
function structuredDataAsker(
  deps: ControllerDeps,
  panel: PanelState,
  read: ReadResult,
  key: string,
  signal: AbortSignal,
) {
  let asked = false;
  return () => {
    const {jsonLd} = read;
    if (asked || !jsonLd || !deps.checkStructuredData) return;
    asked = true;
    // (In a promise so that a check that throws at once only leaves its section out.)
    void new Promise<StructuredDataCheck | null>((resolve) => resolve(deps.checkStructuredData!(jsonLd)))
      .catch(() => null)
      .then((checked) => {
        const shownNow = panel.displayed();
        if (signal.aborted || !checked || shownNow?.key !== key) return;
        panel.show({...shownNow, structuredData: checked});
      })
      .catch((error: unknown) => logError('structured data', error));
  };
}

/** Asks the analysis and shows it; the structured-data check follows once the panel is open. */
async function analyseAndShow(
  deps: ControllerDeps,
  panel: PanelState,
  read: ReadResult,
  key: string,
  href: string,
  signal: AbortSignal,
  options: UpdateOptions,
) {
  // The posting goes with its key, which "Your postings" keeps it under.
  const posting: Posting = {...read.posting, id: key};
  let analysis: Analysis | null;
  try {
    // (In a promise so that a request that throws at once lands in the catch below like a rejection.)
    analysis = await new Promise<Analysis | null>((resolve) => resolve(deps.requestAnalysis(posting, options)));
  } catch (error) {
    if (signal.aborted) return;
    logError('analyze', error);
    panel.unavailable(key, read.posting);
    return;
  }
  if (signal.aborted) return;
  const finalKey = currentPostingKey(deps.doc, href);
  // The page went to another posting while the analysis ran, and the watcher (a mutation's settle, a poll of the
  // address) has not yet started the run that aborts this one: that run paints. This one painting now would show
  // the posting clicked before last after the last click (seen in the split pane's quick-clicks check).
  if (currentPostingKey(deps.doc, deps.currentUrl()) !== finalKey) return;
  if (!analysis) return panel.noPosting();
  mark(MARKS.analysis);
  if (panel.shownKey() !== finalKey) panel.clearEvidence();
  const askStructuredData = structuredDataAsker(deps, panel, read, finalKey, signal);
  panel.show({
    analysis,
    structuredData: null,
    key: finalKey,
    posting,
    descriptionElement: read.descriptionElement,
    href,
    onOpen: askStructuredData,
  });
  guard('on analysis', () => deps.onAnalysis?.(finalKey, analysis));
  const tpm = analysis.detection.isTechnicalProjectManager;
  panel.setState(tpm ? 'analyzed' : 'not-tpm');
  mark(MARKS.rendered);
  measurePostingToPanel();
  panel.reportDisplayed();
  if (tpm) askStructuredData();
}

/**
 * Decides what the page holds and shows it. Each run has its own AbortSignal: a navigation that starts a
 * newer run aborts the older, which stops at its next step, so a slow read or analysis never paints. Each
 * content read is remembered with the posting key it belongs to (posting-reader.ts), so content still on
 * screen from another posting (the URL changed, the page has not re-rendered yet) is never read as the new
 * key's. What the panel shows and the reader's choices about it live in panel-state.ts.
 */
export function createController(deps: ControllerDeps) {
  const {doc} = deps;
  const reader = createPostingReader(doc, deps.retryDelaysMs ?? RETRY_DELAYS_MS);
  const panel = createPanelState(deps);
  let generation: AbortController | null = null;
  /** The key the latest run was started for: the previous posting when the next navigation comes. */
  let lastKey: string | null = null;
  /** Until when the latest run's settled content is checked again. */
  let verifyUntil = 0;

  /**
   * The posting's container changed after the run settled: if it now holds different content that belongs
   * to no other posting, the run read an earlier state of the page; read and analyse again.
   */
  function verify() {
    const acceptedKey = reader.acceptedKey();
    if (acceptedKey === null || Date.now() > verifyUntil) return;
    const href = deps.currentUrl();
    const url = new URL(href);
    if (!routeCanHoldPosting(url, siteFor(url)) || currentPostingKey(doc, href) !== acceptedKey) return;
    if (reader.changedSinceAccepted(url)) void update().catch((error: unknown) => logError('update', error));
  }

  async function update({leaving = false, ...options}: UpdateOptions = {}): Promise<void> {
    generation?.abort();
    const {signal} = (generation = new AbortController());
    reader.reset();
    verifyUntil = Date.now() + VERIFY_MS;
    mark(MARKS.start);
    const href = deps.currentUrl();
    const url = new URL(href);
    // Cheapest first: a route that cannot hold a posting costs nothing more.
    if (!routeCanHoldPosting(url, siteFor(url))) return panel.noPosting();
    deps.prepareAnalysis?.();
    const key = currentPostingKey(doc, href);
    const previousKey = leaving && lastKey !== key ? lastKey : null;
    lastKey = key;
    const shownKey = panel.shownKey();
    if (shownKey !== null && shownKey !== key) panel.markStale(key);
    const read = await reader.read(url, key, signal, previousKey);
    if (signal.aborted) return;
    if (!read) return panel.noPosting();
    await analyseAndShow(deps, panel, read, key, href, signal, options);
  }

  return {
    /** Never rejects: a failure leaves the page as it was. */
    update: (options: UpdateOptions = {}) => update(options).catch((error: unknown) => logError('update', error)),
    /** The page is going away (or into the back/forward cache): its summary and badge go with it. */
    leave: () => panel.report(null),
    /** Resolves once the remembered choices have been read and applied (tests, the first render's follow-up). */
    prefsLoaded: panel.loaded,
    /** storage.local's list of closed postings changed. */
    dismissedChanged: (list: readonly string[]) => guard('dismissed', () => panel.applyDismissed(list)),
    /** The posting's container changed: a read waiting for the site to render can look again now. */
    nudge: () => {
      if (!reader.nudge()) guard('verify', verify);
    },
  };
}
