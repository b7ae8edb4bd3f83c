import {defineConfig} from 'vitest/config';

// Unit and in-DOM tests. The real-browser suite lives in test/e2e and runs through its own script.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Generous: several suites read every real posting, and a loaded 2-core machine runs them slowly.
    testTimeout: 60_000,
  },
});
