import { defineConfig } from 'vite';

/** The preload: one CommonJS file that needs nothing but `electron` (sandboxed preloads can't require). */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/electron',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { preload: 'electron/preload.ts' },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
  ssr: { noExternal: true },
});
