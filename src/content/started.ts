/**
 * The content script's start-up promise is kept under this key in the script's world (boot.ts: an injection
 * into a page where it already runs starts nothing twice); the route watcher (router.ts), which shares that
 * world, reads it to ask for no start once the content script runs. A registered symbol: the two are separate
 * bundles.
 */
export const STARTED = Symbol.for('tpm-lens.content-started');
