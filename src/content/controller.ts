import type {Analysis, Posting} from '../core/types';
import {routeCanHoldPosting, siteFor} from '../sites/index';
import {readPosting} from '../sites/read';
import type {StructuredDataCheck} from '../messages/structured-data';
import {DEFAULT_PANEL_PREFS, type PanelPrefs, type PanelPrefsStore} from '../panel/panel-prefs';
import {summarize, type AnalysisSummary} from '../messages/summary';
import {clearEvidence, showEvidence} from './highlight';
import {logEmptyFields, logError} from './log';
import {mark, MARKS, measurePostingToPanel} from './marks';
import {mountNotice, mountPanel, unmountPanel} from './mount';
import {currentPostingKey} from './navigation';
import {exposeState, type PageState} from './page-state';

export type {PageState} from './page-state';

export interface ControllerDeps {
  doc: Document;
  currentUrl: () => string;
  /** The background's analysis of a posting (it holds the patterns, the profile and the county data). */
  requestAnalysis: (posting: Posting, options: {freshProfile?: boolean}) => Promise<Analysis>;
  /** Sets up the way to the background while the page is read (optional: requestAnalysis works without). */
  prepareAnalysis?: () => void;
  /**
   * The background's check of the page's JobPosting JSON-LD (for recruiters); asked alongside the
   * analysis. Null, or absent, shows nothing.
   */
  checkStructuredData?: (jsonLd: Record<string, unknown>) => Promise<StructuredDataCheck | null>;
  reportSummary: (summary: AnalysisSummary | null) => Promise<unknown>;
  openOptions: () => Promise<unknown>;
  /** "Your postings": keep this posting (the panel's Save) and open the list; absent, the panel offers neither. */
  savePosting?: (posting: Posting) => Promise<unknown>;
  openPostings?: () => Promise<unknown>;
  /** Waits between reads of a page whose posting may still be rendering (single-page apps). */
  retryDelaysMs?: readonly number[];
  /** Told of each analysis shown, with the posting's key (list mode updates that posting's card). */
  onAnalysis?: (key: string, analysis: Analysis) => void;
  /** Where the panel's collapse and closings are remembered; without it they last as long as the page. */
  prefs?: PanelPrefsStore;
  /** Remembers the reader's occupation for pay (null: automatic); the storage change brings a fresh analysis. */
  chooseOccupation?: (soc: string | null) => Promise<unknown>;
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
const fingerprint = (posting: Posting) =>
  `${posting.title}\n${posting.description.length}\n${posting.description.slice(0, 400)}`;

/** How many postings' contents are remembered with the key they were read under (a few quick clicks' worth). */
const OWNERS_KEPT = 16;
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
 * Decides what the page holds and shows it. Each run has its own AbortSignal: a navigation that starts a
 * newer run aborts the older, which stops at its next step, so a slow read or analysis never paints. Each
 * content read is remembered with the posting key it belongs to, so content still on screen from another
 * posting (the URL changed, the page has not re-rendered yet) is never read as the new key's.
 */
export function createController(deps: ControllerDeps) {
  const {doc} = deps;
  const retryDelays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  let generation: AbortController | null = null;
  /** The key the latest run was started for: the previous posting when the next navigation comes. */
  let lastKey: string | null = null;
  /** Content fingerprint -> the posting key it was read under (newest last). */
  const owners = new Map<string, string>();
  const own = (print: string, key: string) => {
    owners.delete(print);
    owners.set(print, key);
    if (owners.size > OWNERS_KEPT) owners.delete(owners.keys().next().value!);
  };
  /** What the latest run settled on (before its analysis is back), and until when it is checked again. */
  let accepted: {key: string; fingerprint: string} | null = null;
  let verifyUntil = 0;
  /**
   * The remembered choices, read once. Until they arrive the panel renders with the defaults and
   * applies them when they come (storage never holds up the first render).
   */
  let prefs: PanelPrefs = DEFAULT_PANEL_PREFS;
  let dismissed = new Set<string>();
  /** The posting the panel shows (or last showed before going stale), if any. */
  let shown: {key: string; fingerprint: string} | null = null;
  /** The last analysis shown and what it was shown with, to show it again (restored, prefs arrived). */
  let displayed: {
    analysis: Analysis;
    structuredData: StructuredDataCheck | null;
    key: string;
    posting: Posting;
    descriptionElement: Element | null;
    href: string;
  } | null = null;
  /** Ends the current wait between reads early (the posting's container changed). */
  let wake: (() => void) | null = null;

  /** Takes the panel off the page; the analysis stays at hand in case the user asks for it back. */
  const conceal = () => {
    clearEvidence();
    unmountPanel(doc);
    shown = null;
  };
  /** No posting any more: nothing to bring back either. */
  const hide = () => {
    conceal();
    displayed = null;
  };

  const setState = (state: PageState | null) => exposeState(doc, state);

  /** Whether the background holds a summary from this page: "none" is sent only to clear one. */
  let reported = false;
  const report = (summary: AnalysisSummary | null) => {
    if (!summary && !reported) return;
    reported = summary !== null;
    deps.reportSummary(summary).catch((error: unknown) => logError('report', error));
  };

  const guard = (where: string, work: () => void) => {
    try {
      work();
    } catch (error) {
      logError(where, error);
    }
  };

  const persist = (what: string, work: Promise<unknown> | undefined) =>
    void work?.catch((error: unknown) => logError(what, error));

  const summaryOf = (shownNow: NonNullable<typeof displayed>): AnalysisSummary => ({
    ...summarize(shownNow.analysis, shownNow.href),
    ...(dismissed.has(shownNow.key) ? {dismissedKey: shownNow.key} : {}),
  });

  const dismiss = (key: string) => () => {
    dismissed.add(key);
    persist('dismiss', deps.prefs?.setDismissed(key, true));
    conceal();
    // The popup offers the way back: it needs to know this posting's panel was closed.
    if (displayed?.key === key) report(summaryOf(displayed));
  };

  const onCollapsedChange = (collapsed: boolean) => {
    prefs = {...prefs, collapsed};
    persist('collapse', deps.prefs?.setCollapsed(collapsed));
  };

  /** The previous posting leaves the screen at once; its place says the next one is being read. */
  function markStale(key: string) {
    clearEvidence();
    setState(null);
    if (dismissed.has(key)) unmountPanel(doc);
    else mountNotice(doc, {title: null, message: READING, busy: true, onDismiss: dismiss(key)});
  }

  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, {once: true});
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        if (wake === done) wake = null;
        resolve();
      }
      wake = done;
    });

  /** Set when the posting's container changed since the last read. */
  let nudged = false;
  /** Changes when the page gains or loses elements or retitles itself: cheap next to a read. */
  const pageSignature = () => `${doc.title}\n${doc.getElementsByTagName('*').length}`;

  /**
   * Reads the posting for `key`, waiting (up to the retry delays) while the page shows none or shows
   * another posting's content. `previousKey`: the first read is of the page as the navigation left it.
   */
  async function readWithRetries(url: URL, key: string, signal: AbortSignal, previousKey: string | null) {
    let read: ReturnType<typeof readPosting> = null;
    let signature = '';
    for (let attempt = 0; ; attempt++) {
      // A page that has not changed since the last read would read the same: skip it (pages without a
      // posting would otherwise be read five times over a few seconds). The signature counts every
      // element, so it is taken only when a retry may follow, never ahead of the first read.
      const now = attempt === 0 ? null : pageSignature();
      if (now === null || nudged || now !== signature) {
        nudged = false;
        read = readPosting(doc, url);
      }
      const print = read ? fingerprint(read.posting) : null;
      if (print !== null && attempt === 0 && previousKey !== null) own(print, previousKey);
      // Another posting's content under the new key: the site has changed the URL but not yet the pane.
      const owner = print === null ? undefined : owners.get(print);
      const settled = print !== null && (owner === undefined || owner === key);
      if (settled || attempt >= retryDelays.length || signal.aborted) {
        if (settled && !signal.aborted) {
          own(print, key);
          accepted = {key, fingerprint: print};
        }
        logEmptyFields(url, read);
        return read;
      }
      // The read is synchronous: the page is as it was when this attempt began.
      signature = now ?? pageSignature();
      await pause(retryDelays[attempt]!, signal);
      if (signal.aborted) return null;
    }
  }

  /**
   * The posting's container changed after the run settled: if it now holds different content that belongs
   * to no other posting, the run read an earlier state of the page; read and analyse again.
   */
  function verify() {
    if (!accepted || Date.now() > verifyUntil) return;
    const href = deps.currentUrl();
    const url = new URL(href);
    if (!routeCanHoldPosting(url, siteFor(url)) || currentPostingKey(doc, href) !== accepted.key) return;
    const read = readPosting(doc, url);
    if (!read) return;
    const print = fingerprint(read.posting);
    const owner = owners.get(print);
    if (print === accepted.fingerprint || (owner !== undefined && owner !== accepted.key)) return;
    void update().catch((error: unknown) => logError('update', error));
  }

  function show(next: NonNullable<typeof displayed>) {
    displayed = next;
    const {analysis, structuredData, key, posting, descriptionElement} = next;
    shown = {key, fingerprint: fingerprint(posting)};
    if (dismissed.has(key)) {
      clearEvidence();
      unmountPanel(doc);
      return;
    }
    mountPanel(doc, analysis, {
      posting: descriptionElement,
      startCollapsed: prefs.collapsed,
      structuredData,
      onCollapsedChange,
      onDismiss: dismiss(key),
      onShowEvidence: (sentence) => showEvidence(descriptionElement ?? doc.body, sentence),
      ...(deps.chooseOccupation
        ? {onChooseOccupation: (soc: string | null) => persist('occupation', deps.chooseOccupation?.(soc))}
        : {}),
      onSetUpProfile: () => {
        deps.openOptions().catch((error: unknown) => logError('open options', error));
      },
      ...(deps.savePosting ? {onSave: () => deps.savePosting!(posting)} : {}),
      ...(deps.openPostings
        ? {onOpenPostings: () => void deps.openPostings!().catch((error: unknown) => logError('open postings', error))}
        : {}),
    });
  }

  async function update({leaving = false, ...options}: UpdateOptions = {}): Promise<void> {
    generation?.abort();
    const {signal} = (generation = new AbortController());
    accepted = null;
    verifyUntil = Date.now() + VERIFY_MS;
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
    deps.prepareAnalysis?.();
    const key = currentPostingKey(doc, href);
    const previousKey = leaving && lastKey !== key ? lastKey : null;
    lastKey = key;
    if (shown !== null && shown.key !== key) markStale(key);
    const read = await readWithRetries(url, key, signal, previousKey);
    if (signal.aborted) return;
    if (!read) {
      hide();
      setState('no-posting');
      report(null);
      return;
    }
    mark(MARKS.read);
    let analysis: Analysis;
    // The analysis is asked first (the panel waits for it); the check goes out right behind it and a
    // failed check only leaves its section out.
    // (In a promise so that a request that throws at once lands in the catch below like a rejection.)
    // The posting goes with its key, which "Your postings" keeps it under.
    const posting: Posting = {...read.posting, id: key};
    const analysisRequest = new Promise<Analysis>((resolve) => resolve(deps.requestAnalysis(posting, options)));
    const structuredData =
      read.jsonLd && deps.checkStructuredData
        ? deps.checkStructuredData(read.jsonLd).catch(() => null)
        : Promise.resolve(null);
    try {
      analysis = await analysisRequest;
    } catch (error) {
      if (signal.aborted) return;
      logError('analyze', error);
      shown = {key, fingerprint: fingerprint(read.posting)};
      displayed = null;
      if (!dismissed.has(key))
        mountNotice(doc, {title: read.posting.title, message: UNAVAILABLE, busy: false, onDismiss: dismiss(key)});
      setState('unavailable');
      return;
    }
    if (signal.aborted) return;
    mark(MARKS.analysis);
    const finalKey = currentPostingKey(doc, href);
    if (shown?.key !== finalKey) clearEvidence();
    show({analysis, structuredData: null, key: finalKey, posting, descriptionElement: read.descriptionElement, href});
    try {
      deps.onAnalysis?.(finalKey, analysis);
    } catch (error) {
      logError('on analysis', error);
    }
    setState(analysis.detection.isTechnicalProjectManager ? 'analyzed' : 'not-tpm');
    mark(MARKS.rendered);
    measurePostingToPanel();
    report(summaryOf(displayed!));
    // The recruiters' section joins the panel when its check arrives: it never holds up the first render,
    // and a check that never answers leaves only the section out.
    void structuredData
      .then((checked) => {
        const shownNow = displayed;
        if (signal.aborted || !checked || shownNow?.key !== finalKey) return;
        show({...shownNow, structuredData: checked});
      })
      .catch((error: unknown) => logError('structured data', error));
  }

  /** The closed postings changed elsewhere (the popup's "Show the panel again", another tab). */
  function applyDismissed(list: readonly string[]) {
    const before = displayed ? dismissed.has(displayed.key) : false;
    dismissed = new Set(list);
    if (!displayed || dismissed.has(displayed.key) === before) return;
    if (dismissed.has(displayed.key)) conceal();
    else show(displayed);
    report(summaryOf(displayed));
  }

  // Read once, at start; a failed read leaves the defaults (the panel shows, expanded).
  const loaded = deps.prefs
    ?.load()
    .then((stored) => {
      // A collapse or closing made before storage answered is the newer choice: it stays.
      const closedHere = [...dismissed];
      prefs = {...stored, collapsed: prefs === DEFAULT_PANEL_PREFS ? stored.collapsed : prefs.collapsed};
      applyDismissed([...new Set([...closedHere, ...stored.dismissed])]);
      if (displayed && !dismissed.has(displayed.key) && prefs.collapsed) show(displayed);
    })
    .catch((error: unknown) => logError('prefs', error));

  return {
    /** Never rejects: a failure leaves the page as it was. */
    update: (options: UpdateOptions = {}) => update(options).catch((error: unknown) => logError('update', error)),
    /** The page is going away (or into the back/forward cache): its summary and badge go with it. */
    leave: () => report(null),
    /** Resolves once the remembered choices have been read and applied (tests, the first render's follow-up). */
    prefsLoaded: () => loaded ?? Promise.resolve(),
    /** storage.local's list of closed postings changed. */
    dismissedChanged: (list: readonly string[]) => {
      try {
        applyDismissed(list);
      } catch (error) {
        logError('dismissed', error);
      }
    },
    /** The posting's container changed: a read waiting for the site to render can look again now. */
    nudge: () => {
      nudged = true;
      if (wake) wake();
      else guard('verify', verify);
    },
  };
}
