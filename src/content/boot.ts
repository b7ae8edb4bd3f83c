// The content scripts' start, one per site (src/content/sites/: each is this, its site's adapter and the
// readers every page gets, so a page parses one adapter, not nine). A script runs on every page of its
// site where it is declared (on LinkedIn, only under /jobs/: elsewhere there the route watcher, router.ts,
// starts it when the site navigates there), so on start it does one thing: ask the adapter whether this
// route can hold a posting or a list of them. Only then is the rest (readers, panel, preact, messaging) set
// up: the build inlines main.tsx behind a lazy initialiser, so until the import() below runs, its modules are
// parsed lazily and none of their top-level code executes. On other routes it only waits for the site to
// navigate (single-page apps) to one that can.
import {routeWanted, useSites} from '../sites/index';
import type {SiteAdapter} from '../sites/types';
import {logError} from './log';
import {mark, MARKS} from './marks';
import {exposeState} from './page-state';
import {routeBecomes} from './route-watch';
import {STARTED} from './started';

/**
 * "Analyze this page" (popup, context menu) and the route watcher can inject this script into a page
 * where it already runs. Holds the start-up's promise, which settles once the rest has started (or failed
 * to); tests wait on it.
 */
const scope = globalThis as typeof globalThis & {[STARTED]?: Promise<void>};

const wanted = (href: string) => {
  try {
    return routeWanted(new URL(href));
  } catch (error) {
    logError('route', error);
    return false;
  }
};

const startMain = (): Promise<void> =>
  import('./main').then(
    ({start}) => start(),
    (error: unknown) => logError('start', error),
  );

function begin(): Promise<void> {
  mark(MARKS.script);
  if (wanted(location.href)) return startMain();
  // What the popup's "Analyze this page" and the tests read: nothing to show here.
  exposeState(document, 'no-posting');
  return routeBecomes(wanted).then(startMain);
}

/**
 * Starts the content script with its site's adapter. Any other host (the script injected by "Analyze this
 * page" where no script is declared) is read as every unknown site is: JSON-LD, then the generic reader.
 */
export function boot(site: SiteAdapter): void {
  try {
    if (scope[STARTED]) return;
    useSites([site]);
    scope[STARTED] = begin();
  } catch (error) {
    logError('boot', error);
  }
}
