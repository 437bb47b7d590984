import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer: one React app, served by Electron (app://) and the browser host alike. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
