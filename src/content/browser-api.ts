import type {Browser} from 'webextension-polyfill';

// The content script's extension API without webextension-polyfill (about 3 KB gzipped, parsed on every
// matched page). It uses only what both browsers give natively under Manifest V3 with promises: Firefox's
// `browser.*`, and Chrome's `chrome.*` (runtime.sendMessage, runtime.connect, storage: promise-returning
// since Chrome 99, and the manifest asks for 120). The background and extension pages keep the polyfill for
// its onMessage handling. Types come from the polyfill's declarations, which describe both.
const scope = globalThis as unknown as {browser?: Browser; chrome?: Browser};

export const browser: Browser = scope.browser ?? scope.chrome!;
