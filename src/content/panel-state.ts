import type {Analysis, Posting} from '../core/types';
import type {StructuredDataCheck} from '../messages/structured-data';
import {summarize, type AnalysisSummary} from '../messages/summary';
import type {ControllerDeps} from './controller-deps';
import {clearEvidence, showEvidence} from './highlight';
import {logError} from './log';
import {mountNotice, mountPanel, unmountPanel, type MountHandlers} from './mount';
import {exposeState, type PageState} from './page-state';
import {createPanelChoices, persist} from './panel-choices';
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
  /** The reader opened the "Not a TPM role" chip (what only the open panel shows is asked then). */
  onOpen?: () => void;
}

/** What the panel's buttons that lead out of the page do (options, Save, "Your postings", occupation). */
function outwardHandlers(
  deps: ControllerDeps,
  posting: Posting,
): Partial<MountHandlers> & Pick<MountHandlers, 'onSetUpProfile'> {
  return {
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
  };
}

/** The summary the background holds for the popup and the badge; "none" is sent only to clear one. */
function createReporter(deps: ControllerDeps, isDismissed: (key: string) => boolean) {
  let reported = false;
  return {
    report(summary: AnalysisSummary | null) {
      if (!summary && !reported) return;
      reported = summary !== null;
      deps.reportSummary(summary).catch((error: unknown) => logError('report', error));
    },
    summaryOf: (shownNow: Displayed): AnalysisSummary => ({
      ...summarize(shownNow.analysis, shownNow.href),
      ...(isDismissed(shownNow.key) ? {dismissedKey: shownNow.key} : {}),
    }),
  };
}

/**
 * What the panel shows and what the reader chose about it (panel-choices.ts), and the summary the
 * background holds for the popup and the badge.
 */
export function createPanelState(deps: ControllerDeps) {
  const {doc} = deps;
  const choices = createPanelChoices(deps.prefs);
  /** The posting the panel shows (or last showed before going stale), if any. */
  let shown: {key: string; fingerprint: string} | null = null;
  let displayed: Displayed | null = null;

  /** Takes the panel off the page; the analysis stays at hand in case the user asks for it back. */
  const conceal = () => {
    clearEvidence();
    unmountPanel(doc);
    shown = null;
  };
  const setState = (state: PageState | null) => exposeState(doc, state);
  const {report, summaryOf} = createReporter(deps, choices.isDismissed);
  const dismiss = (key: string) => () => {
    choices.dismiss(key);
    conceal();
    // The popup offers the way back: it needs to know this posting's panel was closed.
    if (displayed?.key === key) report(summaryOf(displayed));
  };

  function show(next: Displayed) {
    displayed = next;
    const {analysis, structuredData, key, posting, descriptionElement, onOpen} = next;
    shown = {key, fingerprint: fingerprint(posting)};
    if (choices.isDismissed(key)) {
      clearEvidence();
      unmountPanel(doc);
      return;
    }
    mountPanel(doc, analysis, {
      posting: descriptionElement,
      startCollapsed: choices.collapsed(),
      structuredData,
      onCollapsedChange: choices.setCollapsed,
      onDismiss: dismiss(key),
      onShowEvidence: (sentence) => showEvidence(descriptionElement ?? doc.body, sentence),
      ...(onOpen ? {onOpen} : {}),
      ...outwardHandlers(deps, posting),
    });
  }

  /** The closed postings changed elsewhere (the popup's "Show the panel again", another tab). */
  function applyDismissed(list: readonly string[]) {
    const before = displayed ? choices.isDismissed(displayed.key) : false;
    choices.replaceDismissed(list);
    if (!displayed || choices.isDismissed(displayed.key) === before) return;
    if (choices.isDismissed(displayed.key)) conceal();
    else show(displayed);
    report(summaryOf(displayed));
  }

  // Read once, at start; a failed read leaves the defaults (the panel shows, expanded).
  const loaded = choices
    .load((list) => {
      applyDismissed(list);
      if (displayed && !choices.isDismissed(displayed.key) && choices.collapsed()) show(displayed);
    })
    ?.catch((error: unknown) => logError('prefs', error));

  return {
    show,
    applyDismissed,
    report,
    setState,
    clearEvidence,
    /** Resolves once the remembered choices have been read and applied. */
    loaded: () => loaded ?? Promise.resolve(),
    shownKey: () => shown?.key ?? null,
    displayed: () => displayed,
    /** Reports the summary of what is displayed now. */
    reportDisplayed: () => displayed && report(summaryOf(displayed)),
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
      if (choices.isDismissed(key)) unmountPanel(doc);
      else mountNotice(doc, {title: null, message: READING, busy: true, onDismiss: dismiss(key)});
    },
    /** The background gave no analysis: the panel says so (unless this posting's panel was closed). */
    unavailable(key: string, posting: Posting) {
      shown = {key, fingerprint: fingerprint(posting)};
      displayed = null;
      if (!choices.isDismissed(key))
        mountNotice(doc, {title: posting.title, message: UNAVAILABLE, busy: false, onDismiss: dismiss(key)});
      setState('unavailable');
    },
  };
}
export type PanelState = ReturnType<typeof createPanelState>;
