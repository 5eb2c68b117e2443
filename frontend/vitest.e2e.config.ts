import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (playwright-core) against the running backend, one file at a time.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    // A journey walks several pages with an accessibility scan on each (the quota map has 352 regions); on a
    // busy 2-core CI machine that passed 60 s. The limit catches hangs, it measures nothing.
    testTimeout: 180_000,
    hookTimeout: 90_000,
  },
});
