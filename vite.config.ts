import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const backend = process.env.DICHTBIJ_API_URL ?? 'http://localhost:3000';

// The web app lives in src/web and is built into dist/web, which the server serves (with SPA fallback).
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': backend,
      '/health': backend,
    },
  },
});
