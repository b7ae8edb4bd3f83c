// The content script proper, started by boot.ts once the page's route can hold a posting: the only
// code that touches the live page and the extension APIs together. Nothing here may throw into the
// page, so every edge is wrapped.
import {createController} from './controller';
import {
  checkStructuredData,
  closeAnalysisPort,
  extensionAlive,
  occupationChoice,
  onDimChange,
  onDismissedChange,
  onOccupationChange,
  onProfileChange,
  openOptions,
  openPostings,
  panelPrefs,
  prepareAnalysis,
  reportSummary,
  requestAnalysis,
  savePosting,
  requestCards,
  saveDim,
} from './extension';
import {listFor} from '../sites/cards';
import {createLifetime} from './lifetime';
import {createListMode} from './list';
import {watchPosting} from './navigation';

/** Is the page's URL now one of its site's result lists? */
const onListRoute = () => listFor(new URL(location.href)) !== null;

export function start(): void {
  // The route can hold a posting: the port to the background opens now, set up while the rest starts
  // and the page is read (its first use also costs the extension API's own set-up, which is not reading).
  prepareAnalysis();
  // Watching stops once the extension is gone from under the page (reloaded, updated) or the page unloads.
  const life = createLifetime(extensionAlive);
  // List mode is made the first time the page shows a list (at start or after a navigation): on a posting
  // page none of it is compiled or run. Once made, it follows every navigation (and stops off a list).
  let list: ReturnType<typeof createListMode> | null = null;
  const listMode = () =>
    (list ??= createListMode({doc: document, currentUrl: () => location.href, requestCards, saveDim}));
  const controller = createController({
    doc: document,
    currentUrl: () => location.href,
    requestAnalysis: (posting, options) =>
      requestAnalysis(posting, options).catch((error: unknown) => {
        life.failed(error);
        throw error;
      }),
    prepareAnalysis,
    checkStructuredData,
    reportSummary,
    openOptions,
    savePosting,
    openPostings,
    prefs: panelPrefs,
    chooseOccupation: occupationChoice.save,
    // The background remembers the analysis itself ("Your postings"); the list's card shows it at once.
    onAnalysis: (key, analysis) => list?.analysisArrived(key, analysis),
  });
  void controller.update();
  if (onListRoute()) listMode().start();
  // The one owner of navigation: the posting and the list both follow what it hears.
  watchPosting(
    {
      onChange: life.whileAlive(({leaving}) => void controller.update({leaving})),
      onLocation: life.whileAlive(() => {
        if (list || onListRoute()) listMode().navigated();
      }),
      onMutation: life.whileAlive(controller.nudge),
    },
    document,
    life.signal,
  );
  life.signal.addEventListener('abort', () => list?.stop(), {once: true});
  onDimChange((on) => list?.dimChanged(on));
  // A new profile changes the fit, and the cards' pay against its expectation: both are asked again.
  onProfileChange(() => {
    void controller.update({freshProfile: true});
    list?.refresh({askAgain: true});
  });
  onDismissedChange(controller.dismissedChanged);
  // The background reads the choice again itself; the posting is read and analysed afresh.
  onOccupationChange(() => void controller.update());
  // Leaving the page (to any site, matched or not) takes its summary and badge with it; a page
  // restored from the back/forward cache reads its posting again (the profile may have changed).
  addEventListener('pagehide', () => {
    controller.leave();
    closeAnalysisPort();
  });
  addEventListener('pageshow', (event) => {
    if (!event.persisted || life.signal.aborted) return;
    void controller.update();
    // Postings opened in the meantime (in this tab or another) have figures for their cards now.
    list?.refresh({askAgain: true});
  });
}
