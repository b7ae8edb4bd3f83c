/// <reference types="vite/client" />
// The shipped build gives the page nothing to read or to drive: a closed shadow root, no attribute on
// <html>, no User Timing marks. Tests need those to see what the content script did, so every build
// but the store's (`vite build`, mode "production") keeps them: `npm run build:e2e` (mode "e2e"), the
// dev server, and vitest (mode "test"). The mode is a build-time constant: the shipped script carries
// none of the hooks' code.
export const TEST_HOOKS: boolean = import.meta.env.MODE !== 'production';

/**
 * Panel preferences (collapse, close) follow only events the browser marks as the user's. Tests click
 * with script-made events (happy-dom; the Firefox e2e, which has no input pipeline to drive), so the
 * builds with hooks accept those too; test/dom/content/shipped-build.test.tsx checks the store build's refusal.
 */
export const SYNTHETIC_EVENTS_COUNT: boolean = import.meta.env.MODE !== 'production';
