// Content script entry: the only file that touches the live page and the extension APIs together.
// Nothing here may throw into the page, so every edge is wrapped.
import {createController} from './controller';
import {loadBenchmark, loadProfile, onProfileChange, openOptions, reportSummary} from './extension';
import {logError} from './log';
import {watchPosting} from './navigation';

function start(): void {
  const controller = createController({
    doc: document,
    currentUrl: () => location.href,
    loadProfile,
    loadBenchmark,
    reportSummary,
    openOptions,
  });
  void controller.update();
  watchPosting(() => void controller.update());
  onProfileChange(() => void controller.update());
  // Leaving the page (to any site, matched or not) takes its summary and badge with it; a page
  // restored from the back/forward cache reports again.
  addEventListener('pagehide', () => {
    reportSummary(null).catch((error: unknown) => logError('pagehide', error));
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) void controller.update();
  });
}

/** The popup's "Analyze this page" can inject this script into a page where it already runs. */
const STARTED = Symbol.for('tpm-lens.content-started');
const scope = globalThis as typeof globalThis & {[STARTED]?: boolean};

try {
  if (!scope[STARTED]) {
    scope[STARTED] = true;
    start();
  }
} catch (error) {
  logError('start', error);
}
