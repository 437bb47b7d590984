#!/usr/bin/env node
/**
 * `npm start`: build, make sure better-sqlite3 is built for Electron, launch Electron.
 * Where Electron's binary is missing it says so in one sentence and exits 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, findElectronBinary, MISSING_ELECTRON } from './electronBinary.mjs';
import { buildNativeForElectron, nativeIsCurrent } from './nativeModule.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const binary = findElectronBinary();
if (!binary) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}

const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const version = electronVersion();
if (!nativeIsCurrent(root, version)) {
  console.log(`Building the database module for Electron ${version} (once)…`);
  try {
    await buildNativeForElectron(root, version);
  } catch (e) {
    console.error(`Could not build better-sqlite3 for Electron ${version}: ${e.message}. \`npm run web\` runs the same app in your browser.`);
    process.exit(1);
  }
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
