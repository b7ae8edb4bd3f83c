// Hearing a single-page site navigate, for the start of the content script (boot.ts) and the route
// watcher (router.ts): the Navigation API where there is one, back/forward, and a URL poll without it.

/** Without the Navigation API (Firefox before it ships there), a URL comparison this often hears pushState. */
const ROUTE_POLL_MS = 500;

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Resolves once the page navigates (history API, back/forward) to a URL that `wanted` accepts. */
export function routeBecomes(wanted: (href: string) => boolean): Promise<void> {
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
