import {postingKey, watchSelectors} from '../sites/index';
import {logError} from './log';

/**
 * How often to compare the posting on screen with the last one: job sites switch postings with
 * history.pushState (no event a content script hears in every browser) or re-render a pane in place.
 */
const POLL_MS = 1000;
/** Re-renders come in bursts; look once the burst is over. */
const MUTATION_SETTLE_MS = 250;

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

/** Calls `onChange` when another posting is on screen. */
export function watchPosting(onChange: () => void): void {
  let last = currentPostingKey();
  const check = () => {
    const key = currentPostingKey();
    if (key === last) return;
    last = key;
    onChange();
  };

  // The site's own narrow containers, when it names them, answer faster than the poll.
  const observed = new WeakSet<Element>();
  let settle: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(settle);
    settle = setTimeout(check, MUTATION_SETTLE_MS);
  });
  const observeWatched = () => {
    for (const selector of watchSelectors(new URL(location.href))) {
      for (const element of document.querySelectorAll(selector)) {
        if (observed.has(element)) continue;
        observed.add(element);
        observer.observe(element, {childList: true, subtree: true, characterData: true});
      }
    }
  };

  addEventListener('popstate', check);
  setInterval(() => {
    try {
      observeWatched();
      check();
    } catch (error) {
      logError('watch', error);
    }
  }, POLL_MS);
}
