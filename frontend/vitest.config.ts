import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const reactRouter = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/development/${file}`, import.meta.url));

// Unit and component tests: jsdom, with fetch stubbed at the network boundary.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // One router: left to Node, `react-router` resolves to its CommonJS build and `react-router/dom` to its ES
      // module build, two copies, and a page under the test's RouterProvider finds no router context.
      { find: /^react-router$/, replacement: reactRouter('index.mjs') },
      { find: /^react-router\/dom$/, replacement: reactRouter('dom-export.mjs') },
      // The quota map's views are drawn from the real boundaries at build time; the tests draw their four regions.
      {
        find: /^virtual:quota-map$/,
        replacement: fileURLToPath(new URL('./src/test/quotaMapViews.ts', import.meta.url)),
      },
    ],
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Component tests render whole routes; on a loaded 2-core CI machine one can take over 5 s (the default).
    // Wall-clock limits are not what these tests assert.
    testTimeout: 30_000,
  },
});
