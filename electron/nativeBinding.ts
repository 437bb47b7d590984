import path from 'node:path';

/** Where `npm start` puts better-sqlite3 rebuilt for Electron's ABI (see README, "Native module"). */
export const ELECTRON_NATIVE_DIR = path.join('out', 'native', 'electron');
export const NATIVE_FILE = 'better_sqlite3.node';

/**
 * Node (tests, browser host) and Electron need different builds of better-sqlite3. A packaged
 * app has node_modules rebuilt for Electron by electron-builder, so it uses the default; a dev
 * run (`npm start`) uses the Electron build kept apart from the Node one.
 */
export function electronNativeBinding(isPackaged: boolean, appPath: string): string | undefined {
  return isPackaged ? undefined : path.join(appPath, ELECTRON_NATIVE_DIR, NATIVE_FILE);
}
