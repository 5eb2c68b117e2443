import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and component tests: jsdom, with fetch stubbed at the network boundary.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
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
