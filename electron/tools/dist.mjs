#!/usr/bin/env node
/**
 * `npm run dist`: build, make better-sqlite3 for Electron (out/native/electron), package with
 * electron-builder. node_modules is left as it is, so tests keep working after packaging.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion } from './electronBinary.mjs';
import { buildNativeForElectron, nativeIsCurrent } from './nativeModule.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npm', ['run', 'build', '--silent']);
const version = electronVersion();
if (!nativeIsCurrent(root, version)) {
  console.log(`Building the database module for Electron ${version}…`);
  await buildNativeForElectron(root, version);
}
run('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
