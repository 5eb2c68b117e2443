import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const backend = process.env.HANDREIKING_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: backend, changeOrigin: true },
  '/q': { target: backend, changeOrigin: true },
};

// The backend serves the built SPA and the API from one origin; in development Vite proxies to it.
export default defineConfig({
  base: '/',
  plugins: [react()],
  // `@/lib/api` instead of `../../../lib/api`; tsconfig.app.json and the Vitest configs say the same.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      output: {
        // React and the router change rarely; keep them in their own long-cached chunk.
        manualChunks: (id) =>
          /node_modules\/(react|react-dom|react-router|scheduler)\//.test(id)
            ? 'react'
            : id.includes('node_modules')
              ? 'vendor'
              : undefined,
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
