import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

/**
 * The Electron executable npm installed, or null. The electron package throws when its binary
 * was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, or no route to its download host).
 */
export function findElectronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function electronVersion() {
  return require('electron/package.json').version;
}

export const MISSING_ELECTRON =
  "Electron's program is not installed (node_modules/electron has no binary): run `npm install` on a machine that can reach Electron's download host (or set ELECTRON_MIRROR to a mirror), then `npm start` again — meanwhile `npm run web` runs the same app in your browser.";
