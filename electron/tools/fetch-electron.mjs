#!/usr/bin/env node
/**
 * Downloads Electron's program by running electron's own installer (so ELECTRON_MIRROR,
 * electron_config_cache and npm's electron_mirror setting work as they always have).
 *
 * - `npm run fetch-electron`: on failure, one sentence and exit code 1.
 * - `--if-possible` (the project's postinstall): never fails the install. package.json's
 *   `allowScripts` denies electron's own postinstall, which would exit 1 and roll the whole
 *   install back on a machine that cannot reach the download host.
 */
import { spawn } from 'node:child_process';
import {
  electronInstaller,
  electronVersion,
  fetchFailed,
  findElectronBinary,
  installedWithoutElectron,
} from './electronBinary.mjs';

const duringInstall = process.argv.includes('--if-possible');

/** The error line electron's installer printed (its stack trace's first line), without the class name. */
function reasonFrom(stderr, exitCode) {
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  const reason = line ? line.replace(/^[A-Za-z]*Error:\s*/, '') : `electron's installer exited with code ${exitCode}`;
  return reason.length > 200 ? `${reason.slice(0, 197)}…` : reason;
}

function runInstaller() {
  return new Promise((resolve) => {
    const env = { ...process.env };
    // Asked for explicitly (`npm run fetch-electron`), the download happens even where CI sets this.
    if (!duringInstall) delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    let stderr = '';
    const child = spawn(process.execPath, [electronInstaller()], { env, stdio: ['ignore', 'inherit', 'pipe'] });
    child.stderr.on('data', (d) => (stderr += d.toString()));
    child.on('error', (e) => resolve({ ok: false, why: e.message }));
    child.on('exit', (code) => resolve({ ok: code === 0 && findElectronBinary() !== null, why: reasonFrom(stderr, code) }));
  });
}

async function main() {
  if (findElectronBinary()) {
    if (!duringInstall) console.log(`Electron ${electronVersion()} is installed: \`npm start\` opens the desktop app.`);
    return 0;
  }
  if (duringInstall && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log(installedWithoutElectron('ELECTRON_SKIP_BINARY_DOWNLOAD is set'));
    return 0;
  }
  const result = await runInstaller();
  if (result.ok) {
    if (!duringInstall) console.log(`Electron ${electronVersion()} is installed: \`npm start\` opens the desktop app.`);
    return 0;
  }
  if (duringInstall) {
    console.log(installedWithoutElectron(`download failed: ${result.why}`));
    return 0;
  }
  console.error(fetchFailed(result.why));
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    // Even a broken electron package must not roll back the rest of the install.
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    if (duringInstall) console.log(installedWithoutElectron(why));
    else console.error(fetchFailed(why));
    process.exit(duringInstall ? 0 : 1);
  },
);
