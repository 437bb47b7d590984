#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --only <suite>[,<suite>…]] [-- --keep]`
 *
 * Builds the app when its sources are newer than out/ (the browser suites drive the built host),
 * then runs every suite in test/bench/suites/ through vitest (vitest.bench.config.ts), which is
 * only there to run TypeScript. Not part of `npm test`: timing never decides a test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      keep: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      readme: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  console.error(`${e.message}\nUsage: npm run bench -- [--quick] [--only <suite>] [--keep] [--build] [--readme] [--sizes <n,…>]`);
  process.exit(2);
}
if (args.help) {
  console.log(`npm run bench -- [options]
  --quick          smaller sizes and fewer runs: checks the harness, numbers not for the record
  --only <suite>   run only these suites (file names in test/bench/suites/, comma-separated or repeated)
  --keep           keep the temp folder (seeded libraries) and print where it is
  --build          rebuild the app even if out/ looks current
  --sizes <n,…>    only these sizes (e.g. 10000,50000): for working on one; never for the record
  --readme         measure nothing: rewrite the tables in README.md and test/bench/README.md from test/bench/results.json`);
  process.exit(0);
}

const SOURCES = ['renderer', 'electron', 'shared', 'resources', 'package.json', 'vite.config.ts', 'vite.node.config.ts', 'vite.preload.config.ts'];
const OUTPUTS = ['out/electron/web.js', 'out/renderer/index.html'];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function needsBuild() {
  if (args.build || OUTPUTS.some((o) => !fs.existsSync(o))) return true;
  const built = Math.min(...OUTPUTS.map((o) => fs.statSync(o).mtimeMs));
  return Math.max(...SOURCES.map(newestMtime)) > built;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!args.readme && needsBuild()) {
  console.log('Building the app (sources are newer than out/)…');
  const built = spawnSync(npm, ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const only = args.only?.flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean) ?? null;
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '-c', 'vitest.bench.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SALESMAP_BENCH: JSON.stringify({ quick: args.quick, only, keep: args.keep, readme: args.readme, sizes: args.sizes?.split(',').map(Number) }) },
});
process.exit(run.status ?? 1);
