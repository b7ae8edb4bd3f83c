import {defineConfig} from 'vitest/config';

// Tests by kind, the environment chosen by directory (README "Tests"): test/unit runs in Node, test/dom in
// happy-dom; test/e2e drives real browsers through its own runners. test/unit/project/test-layout.test.ts
// fails on a test file placed elsewhere.
export default defineConfig({
  test: {
    // Generous: several suites read every real posting, and a loaded 2-core machine runs them slowly.
    testTimeout: 60_000,
    // Styles are .css files imported `?inline` (src/css-inline.d.ts): tests see their real text, not ''.
    css: {include: [/\.css\b/]},
    // The site adapters the functions of src/sites/index.ts read (test/support/all-sites.ts).
    setupFiles: ['test/support/all-sites.ts'],
    projects: [
      {extends: true, test: {name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node'}},
      {extends: true, test: {name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom'}},
    ],
  },
});
