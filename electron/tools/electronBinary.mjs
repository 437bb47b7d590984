import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

/**
 * The Electron executable npm installed, or null. The electron package throws when its binary
 * was never downloaded (the project denies electron's own postinstall in package.json's
 * `allowScripts`; ours tries the download and tolerates failure). Not cached: `fetch-electron`
 * asks again right after downloading. ELECTRON_OVERRIDE_DIST_PATH (electron's own variable) is
 * honoured, so a folder without the program stands for "not installed".
 */
export function findElectronBinary() {
  try {
    delete require.cache[require.resolve('electron')];
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function electronVersion() {
  return require('electron/package.json').version;
}

/** electron's own installer: the same download (and ELECTRON_MIRROR handling) as its postinstall. */
export function electronInstaller() {
  return require.resolve('electron/install.js');
}

const FETCH_LATER = '`npm run fetch-electron` retries the download later (set ELECTRON_MIRROR to use a mirror)';

/** The one sentence `npm install` prints when it finished without Electron's program. */
export const installedWithoutElectron = (why) =>
  `Salesmap installed without Electron's desktop program (${why}): \`npm start\` runs the app in your browser meanwhile, and ${FETCH_LATER}.`;

/** The one sentence `npm run fetch-electron` prints when the download failed. */
export const fetchFailed = (why) =>
  `Electron's desktop program could not be downloaded (${why}): run \`npm run fetch-electron\` again once Electron's download host can be reached (or set ELECTRON_MIRROR to a mirror); meanwhile \`npm start\` runs the app in your browser.`;

/** The one sentence `npm start` prints before it runs the app in the browser host instead. */
export const NO_ELECTRON_BROWSER_INSTEAD =
  "Electron's desktop program is not installed, so Salesmap runs in your browser instead (`npm run fetch-electron` downloads Electron; set ELECTRON_MIRROR to use a mirror).";

/** Why the Electron smoke test is skipped. */
export const MISSING_ELECTRON =
  "Electron's desktop program is not installed (node_modules/electron has no binary): `npm run fetch-electron` downloads it (set ELECTRON_MIRROR to use a mirror).";
