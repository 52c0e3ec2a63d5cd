import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// The renderer is built once and served unchanged by Electron's app:// handler or any static
// server, so every asset path is relative (base './').
export default defineConfig({
  root: fromRoot('./renderer'),
  base: './',
  publicDir: false,
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': fromRoot('./shared'),
      '@nhsuk-images': fromRoot('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images'),
    },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
  },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 500,
  },
  server: { host: '127.0.0.1' },
});
