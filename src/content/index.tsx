// Content script entry: the only file that touches the live page and the extension APIs together.
// Nothing here may throw into the page, so every edge is wrapped.
import {createController} from './controller';
import {
  checkStructuredData,
  closeAnalysisPort,
  occupationChoice,
  onDismissedChange,
  onOccupationChange,
  onProfileChange,
  openOptions,
  panelPrefs,
  prepareAnalysis,
  reportSummary,
  requestAnalysis,
} from './extension';
import {logError} from './log';
import {mark, MARKS} from './marks';
import {watchPosting} from './navigation';

function start(): void {
  const controller = createController({
    doc: document,
    currentUrl: () => location.href,
    requestAnalysis,
    prepareAnalysis,
    checkStructuredData,
    reportSummary,
    openOptions,
    prefs: panelPrefs,
    chooseOccupation: occupationChoice.save,
  });
  void controller.update();
  watchPosting({onChange: () => void controller.update(), onMutation: controller.nudge});
  onProfileChange(() => void controller.update({freshProfile: true}));
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
    if (event.persisted) void controller.update();
  });
}

/** "Analyze this page" (popup, context menu) can inject this script into a page where it already runs. */
const STARTED = Symbol.for('tpm-lens.content-started');
const scope = globalThis as typeof globalThis & {[STARTED]?: boolean};

try {
  if (!scope[STARTED]) {
    scope[STARTED] = true;
    mark(MARKS.script);
    start();
  }
} catch (error) {
  logError('start', error);
}
