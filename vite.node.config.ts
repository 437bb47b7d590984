import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The Node side: Electron's main process and the browser host, as ESM bundles. Dependencies stay
 * external (electron-builder packages them; better-sqlite3 is native). The preload is built by
 * vite.preload.config.ts because a sandboxed preload must be one CommonJS file.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: true,
    outDir: 'out/electron',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: { main: 'electron/main.ts', web: 'electron/web/cli.ts', readWorker: 'electron/files/readWorker.ts' },
      external: ['electron'],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
