// Content script entry. It runs on every page of the job sites (LinkedIn's feed and messages included),
// so on start it does one thing: ask the site adapters whether this route can hold a posting or a list
// of them. Only then is the rest (readers, panel, preact, messaging) set up: the build inlines
// main.tsx behind a lazy initialiser, so until the import() below runs, its modules are parsed lazily
// and none of their top-level code executes. On other routes it only waits for the site to navigate
// (single-page apps) to one that can.
import {routeWanted} from '../sites/index';
import {logError} from './log';
import {mark, MARKS} from './marks';
import {exposeState} from './page-state';

/**
 * "Analyze this page" (popup, context menu) can inject this script into a page where it already runs.
 * Holds the start-up's promise, which settles once the rest has started (or failed to); tests wait on it.
 */
const STARTED = Symbol.for('tpm-lens.content-started');
const scope = globalThis as typeof globalThis & {[STARTED]?: Promise<void>};

/** Without the Navigation API (Firefox), a URL comparison this often hears pushState. */
const ROUTE_POLL_MS = 500;

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

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Resolves once the page navigates (history API, back/forward) to a route that is wanted. */
function routeBecomesWanted(): Promise<void> {
  return new Promise((resolve) => {
    const navigation = (globalThis as unknown as {navigation?: NavigationLike}).navigation;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastHref = location.href;
    const check = () => {
      if (location.href === lastHref) return;
      lastHref = location.href;
      if (!wanted(lastHref)) return;
      navigation?.removeEventListener('currententrychange', check);
      removeEventListener('popstate', check);
      clearTimeout(timer);
      resolve();
    };
    const poll = () => {
      check();
      timer = setTimeout(poll, ROUTE_POLL_MS);
    };
    navigation?.addEventListener('currententrychange', check);
    addEventListener('popstate', check);
    if (!navigation) timer = setTimeout(poll, ROUTE_POLL_MS);
  });
}

function boot(): Promise<void> {
  mark(MARKS.script);
  if (wanted(location.href)) return startMain();
  // What the popup's "Analyze this page" and the tests read: nothing to show here.
  exposeState(document, 'no-posting');
  return routeBecomesWanted().then(startMain);
}

try {
  scope[STARTED] ??= boot();
} catch (error) {
  logError('boot', error);
}
