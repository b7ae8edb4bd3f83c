import {defineConfig} from 'vitest/config';

// Unit and in-DOM tests. The real-browser suite lives in test/e2e and runs through its own script.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
