// The route watcher. On the pages of a site where the content script is not declared (SiteAdapter.startPaths:
// LinkedIn's feed, profiles and messages, pages users open far more often than its job pages) this is all
// that runs: a script of about a kilobyte to compile, where the content script is about a hundred (its
// compile alone cost such a page 7 ms of its main thread). When the site navigates to a path the content
// script is declared on, the background starts the content script in this frame; its own watcher follows
// every navigation from then on.
import {isSiteScript, matchesPattern} from '../sites/match-patterns';
import {START_CONTENT_SCRIPT} from '../messages/start';
import {logError} from './log';
import {exposeState} from './page-state';
import {routeBecomes} from './route-watch';
import {STARTED} from './started';

interface Runtime {
  getManifest(): {content_scripts?: Array<{js?: string[]; matches?: string[]}>};
  sendMessage(message: unknown): Promise<unknown>;
}
/**
 * The extension API without webextension-polyfill (ten times this script), in both browsers' promise forms.
 * Looked up at the first navigation, not at start: the first touch of it costs the page its set-up (about
 * 2 ms in Chromium), which most pages here never need.
 */
const runtime = (): Runtime =>
  ((globalThis as {browser?: {runtime: Runtime}}).browser ?? (globalThis as {chrome?: {runtime: Runtime}}).chrome)!
    .runtime;

function watch(): void {
  // The sites' scripts' own matches (src/content/sites/): one list of where the content script starts.
  let patterns: string[] | undefined;
  const declared = (href: string) =>
    (patterns ??= (runtime().getManifest().content_scripts ?? []).flatMap((entry) =>
      isSiteScript(entry.js?.[0]) ? (entry.matches ?? []) : [],
    )).some((pattern) => matchesPattern(new URL(href), pattern));
  // The e2e build's hook, as the content script writes it on a page it has nothing to read on.
  exposeState(document, 'no-posting');
  // Until the content script runs here: a start that failed (the background restarting, the browser
  // refusing) is asked again at the next navigation into the paths, not given up for the page's life.
  const arm = (): void =>
    void routeBecomes(declared).then(() => {
      if ((globalThis as Record<symbol, unknown>)[STARTED]) return;
      runtime()
        .sendMessage({type: START_CONTENT_SCRIPT})
        .then(
          (reply) => {
            if ((reply as {ok?: unknown} | undefined)?.ok !== true) arm();
          },
          (error: unknown) => {
            logError('start', error);
            arm();
          },
        );
    });
  arm();
}

try {
  watch();
} catch (error) {
  logError('route watcher', error);
}
