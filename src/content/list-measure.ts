/**
 * The User Timing name under which list mode records its main-thread time (builds with test hooks only), read
 * by `npm run bench:cards`. On its own so the bench can import it without the content script's build-mode hooks.
 */
export const LIST_MEASURE = 'tpm-lens:cards-main-thread';
