import type {Analysis, Posting} from '../core/types';
import type {StructuredDataCheck} from '../messages/structured-data';
import {summarize, type AnalysisSummary} from '../messages/summary';
import {DEFAULT_PANEL_PREFS, type PanelPrefs} from '../panel/panel-prefs';
import type {ControllerDeps} from './controller-deps';
import {clearEvidence, showEvidence} from './highlight';
import {logError} from './log';
import {mountNotice, mountPanel, unmountPanel} from './mount';
import {exposeState, type PageState} from './page-state';
import {fingerprint} from './posting-owners';

const UNAVAILABLE =
  'TPM Lens could not analyse this posting: the extension did not answer (it may have been updated, reloaded or disabled). Reload the page to try again.';
const READING = 'Reading the selected posting…';

/** The last analysis shown and what it was shown with, to show it again (restored, prefs arrived). */
export interface Displayed {
  analysis: Analysis;
  structuredData: StructuredDataCheck | null;
  key: string;
  posting: Posting;
  descriptionElement: Element | null;
  href: string;
}

const persist = (what: string, work: Promise<unknown> | undefined) =>
  void work?.catch((error: unknown) => logError(what, error));

/**
 * What the panel shows and what the reader chose about it (collapsed, closed postings), and the summary the
 * background holds for the popup and the badge.
 */
export function createPanelState(deps: ControllerDeps) {
  const {doc} = deps;
  /**
   * The remembered choices, read once. Until they arrive the panel renders with the defaults and
   * applies them when they come (storage never holds up the first render).
   */
  let prefs: PanelPrefs = DEFAULT_PANEL_PREFS;
  let dismissed = new Set<string>();
  /** The posting the panel shows (or last showed before going stale), if any. */
  let shown: {key: string; fingerprint: string} | null = null;
  let displayed: Displayed | null = null;
  /** Whether the background holds a summary from this page: "none" is sent only to clear one. */
  let reported = false;

  /** Takes the panel off the page; the analysis stays at hand in case the user asks for it back. */
  const conceal = () => {
    clearEvidence();
    unmountPanel(doc);
    shown = null;
  };

  const setState = (state: PageState | null) => exposeState(doc, state);

  const report = (summary: AnalysisSummary | null) => {
    if (!summary && !reported) return;
    reported = summary !== null;
    deps.reportSummary(summary).catch((error: unknown) => logError('report', error));
  };

  const summaryOf = (shownNow: Displayed): AnalysisSummary => ({
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

  /** The page handlers the panel calls back, beyond those of the posting itself. */
  const pageHandlers = (posting: Posting) => ({
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

  function show(next: Displayed) {
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
      ...pageHandlers(posting),
    });
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
    show,
    applyDismissed,
    report,
    setState,
    /** Resolves once the remembered choices have been read and applied. */
    loaded: () => loaded ?? Promise.resolve(),
    shownKey: () => shown?.key ?? null,
    displayed: () => displayed,
    /** No posting on this page (any more): nothing shown, nothing to bring back, no summary. */
    noPosting() {
      conceal();
      displayed = null;
      setState('no-posting');
      report(null);
    },
    /** The previous posting leaves the screen at once; its place says the next one is being read. */
    markStale(key: string) {
      clearEvidence();
      setState(null);
      if (dismissed.has(key)) unmountPanel(doc);
      else mountNotice(doc, {title: null, message: READING, busy: true, onDismiss: dismiss(key)});
    },
    /** The background gave no analysis: the panel says so (unless this posting's panel was closed). */
    unavailable(key: string, posting: Posting) {
      shown = {key, fingerprint: fingerprint(posting)};
      displayed = null;
      if (!dismissed.has(key))
        mountNotice(doc, {title: posting.title, message: UNAVAILABLE, busy: false, onDismiss: dismiss(key)});
      setState('unavailable');
    },
    /** The analysis on screen is for another posting than the one shown: its highlights go. */
    clearEvidence,
    /** Reports the summary of what is displayed now. */
    reportDisplayed() {
      if (displayed) report(summaryOf(displayed));
    },
  };
}
