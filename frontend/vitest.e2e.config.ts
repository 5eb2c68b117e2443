import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (playwright-core) against the running backend, one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
