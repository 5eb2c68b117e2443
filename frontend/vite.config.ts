import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { preloadPageTexts } from './vite-plugins/preloadPageTexts';
import { pruneCssVariables } from './vite-plugins/pruneCssVariables';
import { quotaMapViews } from './vite-plugins/quotaMapViews';
import { staticShell } from './vite-plugins/staticShell';

const backend = process.env.HANDREIKING_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: backend, changeOrigin: true },
  '/q': { target: backend, changeOrigin: true },
};

/**
 * The Utrecht React library is one module whose `X.displayName = 'X'` lines keep every component it has in the
 * bundle (a property set on a value is a side effect to Rollup). Names only help React's developer tools, so the
 * production build drops them and Rollup can leave out the components no page uses.
 */
const dropUtrechtDisplayNames: Plugin = {
  name: 'drop-utrecht-display-names',
  apply: 'build',
  transform(code, id) {
    if (!/node_modules\/@utrecht\/[^/]+-react\/dist\/.*\.mjs$/.test(id)) return null;
    return { code: code.replace(/^[\w$]+\.displayName = '[\w$]+';$/gm, ''), map: null };
  },
};

// The backend serves the built SPA and the API from one origin; in development Vite proxies to it.
export default defineConfig({
  base: '/',
  plugins: [react(), dropUtrechtDisplayNames, quotaMapViews(), preloadPageTexts(), pruneCssVariables(), staticShell()],
  // `@/lib/api` instead of `../../../lib/api`; tsconfig.app.json and the Vitest configs say the same.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // dist/.vite/manifest.json: what scripts/check-size.mjs reads to weigh the first page's JavaScript.
    manifest: true,
    // React's component wrappers have no side effect: a component no page uses (the Utrecht packages define
    // each with forwardRef at the top of their module) is then left out, rather than kept for the call.
    rollupOptions: { treeshake: { manualPureFunctions: ['forwardRef', 'createContext', 'memo'] } },
  },
  server: { proxy },
  preview: { proxy },
});
