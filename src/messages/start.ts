// The route watcher's one message (src/content/router.ts): start the content script in my frame. On its
// own so that the watcher's build holds this string and nothing else of the messages.
export const START_CONTENT_SCRIPT = 'tpm-lens/start-content-script';
