#!/usr/bin/env node
/**
 * `npm start`: build, then run the app — in Electron where its program is installed, otherwise
 * (or where better-sqlite3 cannot be built for Electron) in the browser host, opened in the
 * default browser. Arguments after `--` go to whichever runs. Ctrl+C stops it with exit code 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, findElectronBinary, NO_ELECTRON_BROWSER_INSTEAD } from './electronBinary.mjs';
import { buildNativeForElectron, nativeIsCurrent } from './nativeModule.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);

/**
 * Runs the app until it exits; a stop signal is passed on exactly once. The child has its own
 * process group (POSIX), so a Ctrl+C, which the terminal and npm each deliver, reaches it once:
 * Electron quits gracefully on the first SIGINT and dies on the second.
 */
function runUntilStopped(command, commandArgs, stdio = 'inherit') {
  const child = spawn(command, commandArgs, { cwd: root, stdio, detached: process.platform !== 'win32' });
  let stopSignal = null;
  const stop = (signal) => {
    if (stopSignal) return;
    stopSignal = signal;
    // A Windows console gives Ctrl+C to every process in it, and kill() there is TerminateProcess.
    if (process.platform === 'win32' && signal === 'SIGINT') return;
    child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  child.on('error', (e) => {
    console.error(`Salesmap could not start ${command}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (stopSignal && signal ? 0 : 1)));
}

/** The IPC channel lets the browser host stop with us even if we die without passing a signal on. */
function runInBrowser() {
  runUntilStopped(process.execPath, [path.join(root, 'out', 'electron', 'web.js'), '--open', ...args], ['ignore', 'inherit', 'inherit', 'ipc']);
}

const binary = findElectronBinary();
if (!binary) console.log(NO_ELECTRON_BROWSER_INSTEAD);

const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (!binary) {
  runInBrowser();
} else {
  const version = electronVersion();
  try {
    if (!nativeIsCurrent(root, version)) {
      console.log(`Building the database module for Electron ${version} (once)…`);
      await buildNativeForElectron(root, version);
    }
    runUntilStopped(binary, [root, ...args]);
  } catch (e) {
    console.log(`The database module could not be built for Electron ${version} (${e.message}), so Salesmap runs in your browser instead.`);
    runInBrowser();
  }
}
