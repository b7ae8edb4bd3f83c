import type {Analysis, Posting} from '../core/types';
import {routeCanHoldPosting, siteFor} from '../sites/index';
import {readPosting} from '../sites/read';
import {summarize, type AnalysisSummary} from '../ui/summary';
import {clearEvidence, showEvidence} from './highlight';
import {logError} from './log';
import {mark, MARKS, measurePostingToPanel} from './marks';
import {mountNotice, mountPanel, unmountPanel} from './mount';
import {currentPostingKey} from './navigation';

export type PageState = 'analyzed' | 'not-tpm' | 'no-posting' | 'unavailable';

export interface ControllerDeps {
  doc: Document;
  currentUrl: () => string;
  /** The background's analysis of a posting (it holds the patterns, the profile and the county data). */
  requestAnalysis: (posting: Posting, options: {freshProfile?: boolean}) => Promise<Analysis>;
  reportSummary: (summary: AnalysisSummary | null) => Promise<unknown>;
  openOptions: () => Promise<unknown>;
  /** Waits between reads of a page whose posting may still be rendering (single-page apps). */
  retryDelaysMs?: readonly number[];
}

/**
 * Job sites render the posting after the URL changes; read again a few times before saying "no posting".
 * The watcher's mutation nudges cut a wait short as soon as the posting's container changes.
 */
const RETRY_DELAYS_MS = [150, 400, 1000, 3000] as const;

const UNAVAILABLE =
  'TPM Lens could not analyse this posting: the extension did not answer (it may have been updated, reloaded or disabled). Reload the page to try again.';
const READING = 'Reading the selected posting…';

/** What tells two postings apart by their content, for a URL that changed before the page re-rendered. */
const fingerprint = (posting: Posting) => `${posting.title}\n${posting.description.length}\n${posting.description.slice(0, 400)}`;

/**
 * Decides what the page holds and shows it. Every run is tagged: a navigation that starts a newer run
 * makes older runs stop at their next step, so a slow read never paints a stale posting.
 */
export function createController(deps: ControllerDeps) {
  const {doc} = deps;
  const retryDelays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  let run = 0;
  /** The posting the user closed the panel on: it stays closed until another posting is shown. */
  let dismissedKey: string | null = null;
  /** The posting the panel shows (or last showed before going stale), if any. */
  let shown: {key: string; fingerprint: string} | null = null;
  /** Ends the current wait between reads early (the posting's container changed). */
  let wake: (() => void) | null = null;

  const hide = () => {
    clearEvidence();
    unmountPanel(doc);
    shown = null;
  };

  const setState = (state: PageState | null) => {
    if (state) doc.documentElement.dataset.tpmLens = state;
    else delete doc.documentElement.dataset.tpmLens;
  };

  /** Whether the background holds a summary from this page: "none" is sent only to clear one. */
  let reported = false;
  const report = (summary: AnalysisSummary | null) => {
    if (!summary && !reported) return;
    reported = summary !== null;
    deps.reportSummary(summary).catch((error: unknown) => logError('report', error));
  };

  const dismiss = (key: string) => () => {
    dismissedKey = key;
    hide();
  };

  /** The previous posting leaves the screen at once; its place says the next one is being read. */
  function markStale(key: string) {
    clearEvidence();
    setState(null);
    if (dismissedKey === key) unmountPanel(doc);
    else mountNotice(doc, {title: null, message: READING, busy: true, onDismiss: dismiss(key)});
  }

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (wake === done) wake = null;
        resolve();
      }
      wake = done;
    });

  /** Set when the posting's container changed since the last read. */
  let nudged = false;
  /** Changes when the page gains or loses elements or retitles itself: cheap next to a read. */
  const pageSignature = () => `${doc.title}\n${doc.getElementsByTagName('*').length}`;

  async function readWithRetries(url: URL, key: string, current: number) {
    let read: ReturnType<typeof readPosting> = null;
    let signature = '';
    for (let attempt = 0; ; attempt++) {
      // A page that has not changed since the last read would read the same: skip it (pages without a
      // posting would otherwise be read five times over a few seconds).
      const now = pageSignature();
      if (attempt === 0 || nudged || now !== signature) {
        nudged = false;
        read = readPosting(doc, url);
      }
      signature = now;
      // A new key over the old posting's content: the site has changed the URL but not yet the pane.
      const oldContent = read !== null && shown !== null && shown.key !== key && fingerprint(read.posting) === shown.fingerprint;
      const settled = read !== null && !oldContent;
      if (settled || attempt >= retryDelays.length || current !== run) return read;
      await pause(retryDelays[attempt]!);
      if (current !== run) return null;
    }
  }

  function show(analysis: Analysis, key: string, posting: Posting, descriptionElement: Element | null) {
    shown = {key, fingerprint: fingerprint(posting)};
    if (dismissedKey === key) {
      unmountPanel(doc);
      return;
    }
    mountPanel(doc, analysis, {
      posting: descriptionElement,
      onDismiss: dismiss(key),
      onShowEvidence: (sentence) => showEvidence(descriptionElement ?? doc.body, sentence),
      onSetUpProfile: () => {
        deps.openOptions().catch((error: unknown) => logError('open options', error));
      },
    });
  }

  async function update(options: {freshProfile?: boolean} = {}): Promise<void> {
    const current = ++run;
    mark(MARKS.start);
    const href = deps.currentUrl();
    const url = new URL(href);
    // Cheapest first: a route that cannot hold a posting costs nothing more.
    if (!routeCanHoldPosting(url, siteFor(url))) {
      hide();
      setState('no-posting');
      report(null);
      return;
    }
    const key = currentPostingKey(doc, href);
    if (shown !== null && shown.key !== key) markStale(key);
    const read = await readWithRetries(url, key, current);
    if (current !== run) return;
    if (!read) {
      hide();
      setState('no-posting');
      report(null);
      return;
    }
    mark(MARKS.read);
    let analysis: Analysis;
    try {
      analysis = await deps.requestAnalysis(read.posting, options);
    } catch (error) {
      if (current !== run) return;
      logError('analyze', error);
      shown = {key, fingerprint: fingerprint(read.posting)};
      if (dismissedKey !== key) mountNotice(doc, {title: read.posting.title, message: UNAVAILABLE, busy: false, onDismiss: dismiss(key)});
      setState('unavailable');
      return;
    }
    if (current !== run) return;
    mark(MARKS.analysis);
    const finalKey = currentPostingKey(doc, href);
    if (shown?.key !== finalKey) clearEvidence();
    show(analysis, finalKey, read.posting, read.descriptionElement);
    setState(analysis.detection.isTechnicalProjectManager ? 'analyzed' : 'not-tpm');
    mark(MARKS.rendered);
    measurePostingToPanel();
    report(summarize(analysis, href));
  }

  return {
    /** Never rejects: a failure leaves the page as it was. */
    update: (options: {freshProfile?: boolean} = {}) => update(options).catch((error: unknown) => logError('update', error)),
    /** The page is going away (or into the back/forward cache): its summary and badge go with it. */
    leave: () => report(null),
    /** The posting's container changed: a read waiting for the site to render can look again now. */
    nudge: () => {
      nudged = true;
      wake?.();
    },
  };
}
