import path from 'node:path';
import { build } from 'vite';

/** Bundles the child (TypeScript, the real service) into one ESM file Node runs directly. */
export async function buildChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('crash') },
    build: {
      ssr: path.resolve('test/crash/child.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  });
  return path.join(outDir, 'child.mjs');
}
