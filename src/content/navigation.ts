import {postingKey, routeCanHoldPosting, siteFor, watchSelectors} from '../sites/index';
import {guard, logError} from './log';

/**
 * Without the Navigation API (Firefox before it ships there) a content script hears no pushState:
 * compare the URL this often. Also how often a missing or replaced posting container is looked for.
 */
const FALLBACK_POLL_MS = 500;
/** Re-renders come in bursts; look once the burst is over, well within the 300 ms the panel has to follow. */
const MUTATION_SETTLE_MS = 50;

/** The posting's identity on this page, or the URL when the site names none. */
export function currentPostingKey(doc: Document = document, href: string = location.href): string {
  const url = new URL(href);
  try {
    return postingKey(url, doc) ?? `none:${url.origin}${url.pathname}${url.search}`;
  } catch (error) {
    logError('posting key', error);
    return `url:${url.href}`;
  }
}

export interface WatchHandlers {
  /**
   * Another posting is on screen (or none any more): analyse again. `leaving`: heard as the URL changed
   * (Navigation API, popstate) with no change to the posting's container in that task, so what the
   * container shows is still the previous posting.
   */
  onChange: (change: {leaving: boolean}) => void;
  /** The URL changed (any part of it): list mode looks at its cards again. */
  onLocation?: () => void;
  /** The posting's container changed without naming another posting: a pending read may look again. */
  onMutation: () => void;
}

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options?: {signal: AbortSignal}): void;
}

/** `work` as a listener that never throws into the page (log.ts's guard). */
const guarded = (where: string, work: () => void) => () => guard(where, work);

/** The narrowest of the site's posting containers that exists now; none on routes without postings. */
function postingContainer(doc: Document, url: URL): Element | null {
  if (!routeCanHoldPosting(url, siteFor(url))) return null;
  return (
    watchSelectors(url)
      .map((selector) => doc.querySelector(selector))
      .find(Boolean) ?? null
  );
}

/**
 * The first of the site's posting containers that exists, and the page's <title>, under one observer;
 * `resolve` looks for the container again (after a navigation, or once the one watched left the page).
 */
function observeContainer(doc: Document, win: Window, onMutation: () => void) {
  let container: Element | null = null;
  const observer = new MutationObserver(onMutation);
  /**
   * The title is the one head element sites change with the posting; it also stands in for history
   * events where the Navigation API is missing.
   */
  const observeTitle = () => {
    const title = doc.querySelector('head > title');
    if (title) observer.observe(title, {childList: true, characterData: true, subtree: true});
  };
  observeTitle();
  return {
    resolve() {
      const next = postingContainer(doc, new URL(win.location.href));
      if (next === container) return;
      observer.disconnect();
      container = next;
      if (container) observer.observe(container, {childList: true, subtree: true, characterData: true});
      observeTitle();
    },
    /** Whether the watched container is on the page (none is not). */
    connected: () => Boolean(container?.isConnected),
    /** Records not yet delivered: changes made in this very task. Taking them drops them. */
    takePending: () => observer.takeRecords().length > 0,
    disconnect: () => observer.disconnect(),
  };
}

/**
 * Calls back when the posting on screen changes. Watches narrowly: history changes (the Navigation API
 * where there is one, else popstate, the <title> and a light URL poll) and, on routes that can hold a
 * posting, only the first of the site's posting containers that exists, re-resolved on navigation.
 * Aborting `signal` stops it all: observer, timers and listeners.
 */
export function watchPosting(handlers: WatchHandlers, doc: Document = document, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const win = doc.defaultView ?? window;
  let lastHref = win.location.href;
  let lastKey = currentPostingKey(doc, lastHref);
  let settle: ReturnType<typeof setTimeout> | undefined;
  let poll: ReturnType<typeof setTimeout> | undefined;
  const navigation = (win as unknown as {navigation?: NavigationLike}).navigation;

  const check = (leaving = false): boolean => {
    const key = currentPostingKey(doc, win.location.href);
    if (key === lastKey) return false;
    lastKey = key;
    handlers.onChange({leaving});
    return true;
  };

  const mutated = () => {
    clearTimeout(settle);
    settle = setTimeout(
      guarded('mutation', () => {
        // Without the Navigation API a retitled page is often the first sign of a new URL.
        if (win.location.href !== lastHref) onLocation(false);
        if (!check()) handlers.onMutation();
      }),
      MUTATION_SETTLE_MS,
    );
  };
  const watched = observeContainer(doc, win, mutated);

  /** `synchronous`: called from within the URL change (its event), not later (poll, title). */
  const onLocation = (synchronous: boolean) =>
    guarded('navigation', () => {
      const href = win.location.href;
      if (href === lastHref) return;
      lastHref = href;
      // Records not yet delivered are changes made in this very task, before the URL changed (a site that
      // renders first): then the container may already hold the new posting. Taken before resolve,
      // whose disconnect would drop them; still handled as the observer would.
      const pending = watched.takePending();
      if (pending) mutated();
      watched.resolve();
      check(synchronous && !pending);
      handlers.onLocation?.();
    })();

  const needsPoll = () => {
    if (!navigation) return true;
    const url = new URL(win.location.href);
    return routeCanHoldPosting(url, siteFor(url)) && watchSelectors(url).length > 0 && !watched.connected();
  };
  const schedulePoll = () => {
    if (poll !== undefined || signal?.aborted || !needsPoll()) return;
    poll = setTimeout(
      guarded('poll', () => {
        poll = undefined;
        onLocation(false);
        if (!watched.connected()) watched.resolve();
        schedulePoll();
      }),
      FALLBACK_POLL_MS,
    );
  };

  const onHistory = () => {
    onLocation(true);
    schedulePoll();
  };
  const listening = signal ? {signal} : undefined;
  navigation?.addEventListener('currententrychange', onHistory, listening);
  win.addEventListener('popstate', onHistory, listening);
  signal?.addEventListener(
    'abort',
    () => {
      watched.disconnect();
      clearTimeout(settle);
      clearTimeout(poll);
    },
    {once: true},
  );
  watched.resolve();
  schedulePoll();
}
