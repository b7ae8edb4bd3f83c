// How long the content script's watching lasts on a page. Reloading, updating or removing the extension
// leaves the old content script running in the page with a dead extension context (Chrome: runtime.id is
// undefined and every API call throws "Extension context invalidated"): its observers and listeners would
// keep reading the page for nothing. They all hang on one AbortSignal, aborted then, or when the page is
// unloaded for good.

const INVALIDATED = /extension context invalidated/i;

/** Whether an error from an extension API says the extension is gone from under this page. */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return INVALIDATED.test(message);
}

/** `alive`: whether the extension context still stands (runtime.id is there). */
export function createLifetime(alive: () => boolean, win: Window = window) {
  const controller = new AbortController();
  const {signal} = controller;
  const end = () => controller.abort();
  // A page put in the back/forward cache (persisted) may come back and carries on watching.
  win.addEventListener('pagehide', (event) => !event.persisted && end(), {signal});
  const check = (): boolean => {
    if (!signal.aborted && !alive()) end();
    return !signal.aborted;
  };
  return {
    signal,
    end,
    /** Runs `work` only while the extension is there; the first call after it is gone ends the watching. */
    whileAlive:
      <A extends unknown[]>(work: (...args: A) => void) =>
      (...args: A): void => {
        if (check()) work(...args);
      },
    /** An extension API failed: when it says the context is gone, the watching ends. */
    failed(error: unknown): void {
      if (isContextInvalidated(error)) end();
    },
  };
}
