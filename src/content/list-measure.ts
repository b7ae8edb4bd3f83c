/**
 * The trace stamps (console.timeStamp) list mode writes at the start and end of each span of its work
 * (builds with test hooks only), read by `npm run bench:cards` from a trace: a stamp's trace event carries the
 * thread's CPU clock, so the bench takes CPU time from them, which a loaded machine does not inflate. On its
 * own so the bench can import it without the content script's build-mode hooks.
 */
export const LIST_MARKS = {start: 'tpm-lens:cards-start', end: 'tpm-lens:cards-end'} as const;
