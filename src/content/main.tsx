// The content script proper, started by index.tsx once the page's route can hold a posting: the only
// code that touches the live page and the extension APIs together. Nothing here may throw into the
// page, so every edge is wrapped.
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
import {watchPosting} from './navigation';

export function start(): void {
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
